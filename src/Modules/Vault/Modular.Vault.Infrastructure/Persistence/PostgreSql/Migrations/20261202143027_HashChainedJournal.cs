using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Vault.Infrastructure.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class HashChainedJournal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ChainId",
                schema: "vault",
                table: "journal_entries",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ChainPosition",
                schema: "vault",
                table: "journal_entries",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Hash",
                schema: "vault",
                table: "journal_entries",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreviousHash",
                schema: "vault",
                table: "journal_entries",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_journal_entries_ChainId_ChainPosition",
                schema: "vault",
                table: "journal_entries",
                columns: new[] { "ChainId", "ChainPosition" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_journal_entries_ChainPosition",
                schema: "vault",
                table: "journal_entries",
                column: "ChainPosition");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_journal_entries_ChainId_ChainPosition",
                schema: "vault",
                table: "journal_entries");

            migrationBuilder.DropIndex(
                name: "IX_journal_entries_ChainPosition",
                schema: "vault",
                table: "journal_entries");

            migrationBuilder.DropColumn(
                name: "ChainId",
                schema: "vault",
                table: "journal_entries");

            migrationBuilder.DropColumn(
                name: "ChainPosition",
                schema: "vault",
                table: "journal_entries");

            migrationBuilder.DropColumn(
                name: "Hash",
                schema: "vault",
                table: "journal_entries");

            migrationBuilder.DropColumn(
                name: "PreviousHash",
                schema: "vault",
                table: "journal_entries");
        }
    }
}
