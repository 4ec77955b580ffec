using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Vault.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class FolderDeletionAndLinkRevocation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_folders_OrganisationId_NameKey",
                table: "folders");

            migrationBuilder.AddColumn<long>(
                name: "DeletedAt",
                table: "folders",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "DeletedBy",
                table: "folders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RevokedAt",
                table: "download_links",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RevokedBy",
                table: "download_links",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "blob_purges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BlobId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    QueuedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_blob_purges", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_folders_OrganisationId_DeletedAt",
                table: "folders",
                columns: new[] { "OrganisationId", "DeletedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_folders_OrganisationId_NameKey",
                table: "folders",
                columns: new[] { "OrganisationId", "NameKey" },
                unique: true,
                filter: "\"HomeOfPersonId\" IS NULL AND \"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_download_links_ArchiveBlobId",
                table: "download_links",
                column: "ArchiveBlobId");

            migrationBuilder.CreateIndex(
                name: "IX_blob_purges_BlobId",
                table: "blob_purges",
                column: "BlobId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "blob_purges");

            migrationBuilder.DropIndex(
                name: "IX_folders_OrganisationId_DeletedAt",
                table: "folders");

            migrationBuilder.DropIndex(
                name: "IX_folders_OrganisationId_NameKey",
                table: "folders");

            migrationBuilder.DropIndex(
                name: "IX_download_links_ArchiveBlobId",
                table: "download_links");

            migrationBuilder.DropColumn(
                name: "DeletedAt",
                table: "folders");

            migrationBuilder.DropColumn(
                name: "DeletedBy",
                table: "folders");

            migrationBuilder.DropColumn(
                name: "RevokedAt",
                table: "download_links");

            migrationBuilder.DropColumn(
                name: "RevokedBy",
                table: "download_links");

            migrationBuilder.CreateIndex(
                name: "IX_folders_OrganisationId_NameKey",
                table: "folders",
                columns: new[] { "OrganisationId", "NameKey" },
                unique: true,
                filter: "\"HomeOfPersonId\" IS NULL");
        }
    }
}
