using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Portfolio.Infrastructure.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class HashChainedJournal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ChainId",
                schema: "portfolio",
                table: "journal",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ChainPosition",
                schema: "portfolio",
                table: "journal",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Hash",
                schema: "portfolio",
                table: "journal",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreviousHash",
                schema: "portfolio",
                table: "journal",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_journal_ChainId_ChainPosition",
                schema: "portfolio",
                table: "journal",
                columns: new[] { "ChainId", "ChainPosition" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_journal_ChainPosition",
                schema: "portfolio",
                table: "journal",
                column: "ChainPosition");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_journal_ChainId_ChainPosition",
                schema: "portfolio",
                table: "journal");

            migrationBuilder.DropIndex(
                name: "IX_journal_ChainPosition",
                schema: "portfolio",
                table: "journal");

            migrationBuilder.DropColumn(
                name: "ChainId",
                schema: "portfolio",
                table: "journal");

            migrationBuilder.DropColumn(
                name: "ChainPosition",
                schema: "portfolio",
                table: "journal");

            migrationBuilder.DropColumn(
                name: "Hash",
                schema: "portfolio",
                table: "journal");

            migrationBuilder.DropColumn(
                name: "PreviousHash",
                schema: "portfolio",
                table: "journal");
        }
    }
}
