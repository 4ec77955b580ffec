using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Delegation.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "mandate_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MandatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MandatorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MandatorEmail = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    ServiceCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    MandataryName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    MandataryEmail = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    MandatorSignature_Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    MandatorSignature_BlobId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    MandatorSignature_ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    MandatorSignature_SignedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    MandatorSignature_SignerSubject = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    MandatorSignature_CertificateNotAfter = table.Column<long>(type: "INTEGER", nullable: true),
                    MandatarySignature_Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    MandatarySignature_BlobId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    MandatarySignature_ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    MandatarySignature_SignedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MandatarySignature_SignerSubject = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    MandatarySignature_CertificateNotAfter = table.Column<long>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    RefusalReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mandate_requests", x => x.Id);
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

            migrationBuilder.CreateIndex(
                name: "IX_mandate_requests_OrganisationId_MandatorId",
                table: "mandate_requests",
                columns: new[] { "OrganisationId", "MandatorId" });

            migrationBuilder.CreateIndex(
                name: "IX_mandate_requests_OrganisationId_ServiceCode_MandataryEmail",
                table: "mandate_requests",
                columns: new[] { "OrganisationId", "ServiceCode", "MandataryEmail" });

            migrationBuilder.CreateIndex(
                name: "IX_mandate_requests_Status_ReceivedAt",
                table: "mandate_requests",
                columns: new[] { "Status", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_ProcessedAt",
                table: "outbox_messages",
                column: "ProcessedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "mandate_requests");

            migrationBuilder.DropTable(
                name: "outbox_messages");
        }
    }
}
