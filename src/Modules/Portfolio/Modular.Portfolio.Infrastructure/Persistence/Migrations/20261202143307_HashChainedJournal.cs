using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Portfolio.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class HashChainedJournal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ChainId",
                table: "journal",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ChainPosition",
                table: "journal",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "journal",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreviousHash",
                table: "journal",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_journal_ChainId_ChainPosition",
                table: "journal",
                columns: new[] { "ChainId", "ChainPosition" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_journal_ChainPosition",
                table: "journal",
                column: "ChainPosition");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_journal_ChainId_ChainPosition",
                table: "journal");

            migrationBuilder.DropIndex(
                name: "IX_journal_ChainPosition",
                table: "journal");

            migrationBuilder.DropColumn(
                name: "ChainId",
                table: "journal");

            migrationBuilder.DropColumn(
                name: "ChainPosition",
                table: "journal");

            migrationBuilder.DropColumn(
                name: "Hash",
                table: "journal");

            migrationBuilder.DropColumn(
                name: "PreviousHash",
                table: "journal");
        }
    }
}
