using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Vault.Infrastructure.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ActingUser : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ActingUserId",
                schema: "vault",
                table: "journal_entries",
                type: "uuid",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ActingUserId",
                schema: "vault",
                table: "journal_entries");
        }
    }
}
