using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.ClientPortal.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class HashChainedJournal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ChainId",
                table: "read_receipts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ChainPosition",
                table: "read_receipts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "read_receipts",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreviousHash",
                table: "read_receipts",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_read_receipts_ChainId_ChainPosition",
                table: "read_receipts",
                columns: new[] { "ChainId", "ChainPosition" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_read_receipts_ChainPosition",
                table: "read_receipts",
                column: "ChainPosition");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_read_receipts_ChainId_ChainPosition",
                table: "read_receipts");

            migrationBuilder.DropIndex(
                name: "IX_read_receipts_ChainPosition",
                table: "read_receipts");

            migrationBuilder.DropColumn(
                name: "ChainId",
                table: "read_receipts");

            migrationBuilder.DropColumn(
                name: "ChainPosition",
                table: "read_receipts");

            migrationBuilder.DropColumn(
                name: "Hash",
                table: "read_receipts");

            migrationBuilder.DropColumn(
                name: "PreviousHash",
                table: "read_receipts");
        }
    }
}
