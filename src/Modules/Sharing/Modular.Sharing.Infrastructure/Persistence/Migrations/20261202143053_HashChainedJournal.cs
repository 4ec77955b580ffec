using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Sharing.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class HashChainedJournal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ChainId",
                table: "case_file_history",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ChainPosition",
                table: "case_file_history",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "case_file_history",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreviousHash",
                table: "case_file_history",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_case_file_history_ChainId_ChainPosition",
                table: "case_file_history",
                columns: new[] { "ChainId", "ChainPosition" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_case_file_history_ChainPosition",
                table: "case_file_history",
                column: "ChainPosition");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_case_file_history_ChainId_ChainPosition",
                table: "case_file_history");

            migrationBuilder.DropIndex(
                name: "IX_case_file_history_ChainPosition",
                table: "case_file_history");

            migrationBuilder.DropColumn(
                name: "ChainId",
                table: "case_file_history");

            migrationBuilder.DropColumn(
                name: "ChainPosition",
                table: "case_file_history");

            migrationBuilder.DropColumn(
                name: "Hash",
                table: "case_file_history");

            migrationBuilder.DropColumn(
                name: "PreviousHash",
                table: "case_file_history");
        }
    }
}
