using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Vault.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ActingUser : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ActingUserId",
                table: "journal_entries",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ActingUserId",
                table: "journal_entries");
        }
    }
}
