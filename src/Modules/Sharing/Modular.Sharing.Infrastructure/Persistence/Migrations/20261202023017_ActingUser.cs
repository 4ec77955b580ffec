using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Sharing.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ActingUser : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ActingUserId",
                table: "case_file_history",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ActingUserId",
                table: "case_file_history");
        }
    }
}
