using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Sharing.Infrastructure.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ActingUser : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ActingUserId",
                schema: "sharing",
                table: "case_file_history",
                type: "uuid",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ActingUserId",
                schema: "sharing",
                table: "case_file_history");
        }
    }
}
