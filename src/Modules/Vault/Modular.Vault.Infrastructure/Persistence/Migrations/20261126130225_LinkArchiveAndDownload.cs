using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Vault.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class LinkArchiveAndDownload : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ArchiveBlobId",
                table: "download_links",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FetchedDocumentIds",
                table: "download_links",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ArchiveBlobId",
                table: "download_links");

            migrationBuilder.DropColumn(
                name: "FetchedDocumentIds",
                table: "download_links");
        }
    }
}
