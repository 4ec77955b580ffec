using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Vault.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class HashChainedJournal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ChainId",
                table: "journal_entries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ChainPosition",
                table: "journal_entries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "journal_entries",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreviousHash",
                table: "journal_entries",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_journal_entries_ChainId_ChainPosition",
                table: "journal_entries",
                columns: new[] { "ChainId", "ChainPosition" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_journal_entries_ChainPosition",
                table: "journal_entries",
                column: "ChainPosition");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_journal_entries_ChainId_ChainPosition",
                table: "journal_entries");

            migrationBuilder.DropIndex(
                name: "IX_journal_entries_ChainPosition",
                table: "journal_entries");

            migrationBuilder.DropColumn(
                name: "ChainId",
                table: "journal_entries");

            migrationBuilder.DropColumn(
                name: "ChainPosition",
                table: "journal_entries");

            migrationBuilder.DropColumn(
                name: "Hash",
                table: "journal_entries");

            migrationBuilder.DropColumn(
                name: "PreviousHash",
                table: "journal_entries");
        }
    }
}
