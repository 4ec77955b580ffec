using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Modular.Sharing.Infrastructure.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class InitialPostgreSql : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "sharing");

            migrationBuilder.CreateTable(
                name: "case_files",
                schema: "sharing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LineageId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Content = table.Column<string>(type: "text", nullable: false),
                    ClientName = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    SearchName = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    ImportedFromKeyId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_files", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "import_failures",
                schema: "sharing",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RemoteAddress = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_import_failures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "sharing",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HandledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox_messages", x => new { x.EventId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "sharing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "share_keys",
                schema: "sharing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    KeyHash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    CaseFileId = table.Column<Guid>(type: "uuid", nullable: false),
                    LineageId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    IssuerId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientName = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Snapshot = table.Column<string>(type: "text", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UsedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UsedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    KeyEnding = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    RecipientEmail = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_share_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "case_file_history",
                schema: "sharing",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseFileId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ActorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Detail = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_file_history", x => x.Id);
                    table.ForeignKey(
                        name: "FK_case_file_history_case_files_CaseFileId",
                        column: x => x.CaseFileId,
                        principalSchema: "sharing",
                        principalTable: "case_files",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "restore_points",
                schema: "sharing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseFileId = table.Column<Guid>(type: "uuid", nullable: false),
                    Content = table.Column<string>(type: "text", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    OverwrittenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_restore_points", x => x.Id);
                    table.ForeignKey(
                        name: "FK_restore_points_case_files_CaseFileId",
                        column: x => x.CaseFileId,
                        principalSchema: "sharing",
                        principalTable: "case_files",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_case_file_history_CaseFileId",
                schema: "sharing",
                table: "case_file_history",
                column: "CaseFileId");

            migrationBuilder.CreateIndex(
                name: "IX_case_files_OwnerId_LineageId",
                schema: "sharing",
                table: "case_files",
                columns: new[] { "OwnerId", "LineageId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_case_files_OwnerId_UpdatedAt",
                schema: "sharing",
                table: "case_files",
                columns: new[] { "OwnerId", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_import_failures_At",
                schema: "sharing",
                table: "import_failures",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_import_failures_RemoteAddress_At",
                schema: "sharing",
                table: "import_failures",
                columns: new[] { "RemoteAddress", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_import_failures_UserId_At",
                schema: "sharing",
                table: "import_failures",
                columns: new[] { "UserId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_ProcessedAt",
                schema: "sharing",
                table: "outbox_messages",
                column: "ProcessedAt");

            migrationBuilder.CreateIndex(
                name: "IX_restore_points_CaseFileId",
                schema: "sharing",
                table: "restore_points",
                column: "CaseFileId");

            migrationBuilder.CreateIndex(
                name: "IX_restore_points_ExpiresAt",
                schema: "sharing",
                table: "restore_points",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_share_keys_ExpiresAt",
                schema: "sharing",
                table: "share_keys",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_share_keys_IssuerId_CreatedAt",
                schema: "sharing",
                table: "share_keys",
                columns: new[] { "IssuerId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_share_keys_KeyHash",
                schema: "sharing",
                table: "share_keys",
                column: "KeyHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_file_history",
                schema: "sharing");

            migrationBuilder.DropTable(
                name: "import_failures",
                schema: "sharing");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "sharing");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "sharing");

            migrationBuilder.DropTable(
                name: "restore_points",
                schema: "sharing");

            migrationBuilder.DropTable(
                name: "share_keys",
                schema: "sharing");

            migrationBuilder.DropTable(
                name: "case_files",
                schema: "sharing");
        }
    }
}
