using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Portfolio.Infrastructure.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ActingUser : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ActingUserId",
                schema: "portfolio",
                table: "journal",
                type: "uuid",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ActingUserId",
                schema: "portfolio",
                table: "journal");
        }
    }
}
