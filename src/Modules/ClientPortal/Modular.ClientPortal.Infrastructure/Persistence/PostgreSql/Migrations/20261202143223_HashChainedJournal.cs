using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.ClientPortal.Infrastructure.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class HashChainedJournal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ChainId",
                schema: "clientportal",
                table: "read_receipts",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ChainPosition",
                schema: "clientportal",
                table: "read_receipts",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Hash",
                schema: "clientportal",
                table: "read_receipts",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreviousHash",
                schema: "clientportal",
                table: "read_receipts",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_read_receipts_ChainId_ChainPosition",
                schema: "clientportal",
                table: "read_receipts",
                columns: new[] { "ChainId", "ChainPosition" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_read_receipts_ChainPosition",
                schema: "clientportal",
                table: "read_receipts",
                column: "ChainPosition");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_read_receipts_ChainId_ChainPosition",
                schema: "clientportal",
                table: "read_receipts");

            migrationBuilder.DropIndex(
                name: "IX_read_receipts_ChainPosition",
                schema: "clientportal",
                table: "read_receipts");

            migrationBuilder.DropColumn(
                name: "ChainId",
                schema: "clientportal",
                table: "read_receipts");

            migrationBuilder.DropColumn(
                name: "ChainPosition",
                schema: "clientportal",
                table: "read_receipts");

            migrationBuilder.DropColumn(
                name: "Hash",
                schema: "clientportal",
                table: "read_receipts");

            migrationBuilder.DropColumn(
                name: "PreviousHash",
                schema: "clientportal",
                table: "read_receipts");
        }
    }
}
