using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Sharing.Infrastructure.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class HashChainedJournal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ChainId",
                schema: "sharing",
                table: "case_file_history",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ChainPosition",
                schema: "sharing",
                table: "case_file_history",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Hash",
                schema: "sharing",
                table: "case_file_history",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreviousHash",
                schema: "sharing",
                table: "case_file_history",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_case_file_history_ChainId_ChainPosition",
                schema: "sharing",
                table: "case_file_history",
                columns: new[] { "ChainId", "ChainPosition" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_case_file_history_ChainPosition",
                schema: "sharing",
                table: "case_file_history",
                column: "ChainPosition");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_case_file_history_ChainId_ChainPosition",
                schema: "sharing",
                table: "case_file_history");

            migrationBuilder.DropIndex(
                name: "IX_case_file_history_ChainPosition",
                schema: "sharing",
                table: "case_file_history");

            migrationBuilder.DropColumn(
                name: "ChainId",
                schema: "sharing",
                table: "case_file_history");

            migrationBuilder.DropColumn(
                name: "ChainPosition",
                schema: "sharing",
                table: "case_file_history");

            migrationBuilder.DropColumn(
                name: "Hash",
                schema: "sharing",
                table: "case_file_history");

            migrationBuilder.DropColumn(
                name: "PreviousHash",
                schema: "sharing",
                table: "case_file_history");
        }
    }
}
