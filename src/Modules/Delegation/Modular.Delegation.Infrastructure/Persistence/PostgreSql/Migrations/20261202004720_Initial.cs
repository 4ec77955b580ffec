using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Delegation.Infrastructure.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "delegation");

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "delegation",
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
                name: "mandate_requests",
                schema: "delegation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    MandatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    MandatorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    MandatorEmail = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    ServiceCode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Category = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    MandataryName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    MandataryEmail = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    MandatorSignature_Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    MandatorSignature_BlobId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    MandatorSignature_ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    MandatorSignature_SignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    MandatorSignature_SignerSubject = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    MandatorSignature_CertificateNotAfter = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    MandatarySignature_Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    MandatarySignature_BlobId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    MandatarySignature_ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    MandatarySignature_SignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    MandatarySignature_SignerSubject = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    MandatarySignature_CertificateNotAfter = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecidedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    RefusalReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mandate_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "delegation",
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

            migrationBuilder.CreateIndex(
                name: "IX_mandate_requests_OrganisationId_MandatorId",
                schema: "delegation",
                table: "mandate_requests",
                columns: new[] { "OrganisationId", "MandatorId" });

            migrationBuilder.CreateIndex(
                name: "IX_mandate_requests_OrganisationId_ServiceCode_MandataryEmail",
                schema: "delegation",
                table: "mandate_requests",
                columns: new[] { "OrganisationId", "ServiceCode", "MandataryEmail" });

            migrationBuilder.CreateIndex(
                name: "IX_mandate_requests_Status_ReceivedAt",
                schema: "delegation",
                table: "mandate_requests",
                columns: new[] { "Status", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_ProcessedAt",
                schema: "delegation",
                table: "outbox_messages",
                column: "ProcessedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "delegation");

            migrationBuilder.DropTable(
                name: "mandate_requests",
                schema: "delegation");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "delegation");
        }
    }
}
