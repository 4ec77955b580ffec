using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Sharing.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "case_files",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LineageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false),
                    ClientName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    SearchName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    ImportedFromKeyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_files", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "import_failures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RemoteAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_import_failures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Consumer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HandledAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox_messages", x => new { x.EventId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "share_keys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    KeyHash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    CaseFileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LineageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IssuerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Snapshot = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UsedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UsedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_share_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "case_file_history",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseFileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ActorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_file_history", x => x.Id);
                    table.ForeignKey(
                        name: "FK_case_file_history_case_files_CaseFileId",
                        column: x => x.CaseFileId,
                        principalTable: "case_files",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "restore_points",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseFileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    OverwrittenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_restore_points", x => x.Id);
                    table.ForeignKey(
                        name: "FK_restore_points_case_files_CaseFileId",
                        column: x => x.CaseFileId,
                        principalTable: "case_files",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_case_file_history_CaseFileId",
                table: "case_file_history",
                column: "CaseFileId");

            migrationBuilder.CreateIndex(
                name: "IX_case_files_OwnerId_LineageId",
                table: "case_files",
                columns: new[] { "OwnerId", "LineageId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_case_files_OwnerId_UpdatedAt",
                table: "case_files",
                columns: new[] { "OwnerId", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_import_failures_At",
                table: "import_failures",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_import_failures_RemoteAddress_At",
                table: "import_failures",
                columns: new[] { "RemoteAddress", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_import_failures_UserId_At",
                table: "import_failures",
                columns: new[] { "UserId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_ProcessedAt",
                table: "outbox_messages",
                column: "ProcessedAt");

            migrationBuilder.CreateIndex(
                name: "IX_restore_points_CaseFileId",
                table: "restore_points",
                column: "CaseFileId");

            migrationBuilder.CreateIndex(
                name: "IX_restore_points_ExpiresAt",
                table: "restore_points",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_share_keys_ExpiresAt",
                table: "share_keys",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_share_keys_IssuerId_CreatedAt",
                table: "share_keys",
                columns: new[] { "IssuerId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_share_keys_KeyHash",
                table: "share_keys",
                column: "KeyHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_file_history");

            migrationBuilder.DropTable(
                name: "import_failures");

            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "restore_points");

            migrationBuilder.DropTable(
                name: "share_keys");

            migrationBuilder.DropTable(
                name: "case_files");
        }
    }
}
