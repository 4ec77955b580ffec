using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Modular.ClientPortal.Infrastructure.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "clientportal");

            migrationBuilder.CreateTable(
                name: "companies",
                schema: "clientportal",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InsurerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SearchName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Uid = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    Street = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PostalCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    City = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AdvisorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Paperless = table.Column<bool>(type: "boolean", nullable: false),
                    CopyEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_companies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "clientportal",
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
                schema: "clientportal",
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
                name: "purged_documents",
                schema: "clientportal",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CompanyId = table.Column<Guid>(type: "uuid", nullable: false),
                    InsurerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Line = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DocumentDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PurgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_purged_documents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "read_receipts",
                schema: "clientportal",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    CompanyId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ClientId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_read_receipts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "client_users",
                schema: "clientportal",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CompanyId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DeactivatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_client_users", x => x.Id);
                    table.ForeignKey(
                        name: "FK_client_users_companies_CompanyId",
                        column: x => x.CompanyId,
                        principalSchema: "clientportal",
                        principalTable: "companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "company_contracts",
                schema: "clientportal",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Line = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    AnnualPremiumCentimes = table.Column<long>(type: "bigint", nullable: false),
                    CompanyId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_company_contracts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_company_contracts_companies_CompanyId",
                        column: x => x.CompanyId,
                        principalSchema: "clientportal",
                        principalTable: "companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "documents",
                schema: "clientportal",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CompanyId = table.Column<Guid>(type: "uuid", nullable: false),
                    InsurerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Line = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DocumentDate = table.Column<DateOnly>(type: "date", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    TextStatus = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PublishedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    PublishedByClient = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastReminderDays = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_documents_companies_CompanyId",
                        column: x => x.CompanyId,
                        principalSchema: "clientportal",
                        principalTable: "companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_client_users_CompanyId",
                schema: "clientportal",
                table: "client_users",
                column: "CompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_client_users_UserId",
                schema: "clientportal",
                table: "client_users",
                column: "UserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_companies_InsurerId_SearchName",
                schema: "clientportal",
                table: "companies",
                columns: new[] { "InsurerId", "SearchName" });

            migrationBuilder.CreateIndex(
                name: "IX_companies_InsurerId_Uid",
                schema: "clientportal",
                table: "companies",
                columns: new[] { "InsurerId", "Uid" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_company_contracts_CompanyId",
                schema: "clientportal",
                table: "company_contracts",
                column: "CompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_documents_CompanyId_Line_DocumentDate",
                schema: "clientportal",
                table: "documents",
                columns: new[] { "CompanyId", "Line", "DocumentDate" });

            migrationBuilder.CreateIndex(
                name: "IX_documents_CompanyId_PublishedAt",
                schema: "clientportal",
                table: "documents",
                columns: new[] { "CompanyId", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_documents_ExpiresAt",
                schema: "clientportal",
                table: "documents",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_documents_Sha256",
                schema: "clientportal",
                table: "documents",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_ProcessedAt",
                schema: "clientportal",
                table: "outbox_messages",
                column: "ProcessedAt");

            migrationBuilder.CreateIndex(
                name: "IX_purged_documents_CompanyId_PurgedAt",
                schema: "clientportal",
                table: "purged_documents",
                columns: new[] { "CompanyId", "PurgedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_read_receipts_CompanyId_At",
                schema: "clientportal",
                table: "read_receipts",
                columns: new[] { "CompanyId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_read_receipts_DocumentId_UserId",
                schema: "clientportal",
                table: "read_receipts",
                columns: new[] { "DocumentId", "UserId" });

            // The full-text index (ADR 0034): each document's folded text as a tsvector of the french configuration.
            migrationBuilder.Sql("CREATE TABLE clientportal.search_entries (document_id uuid NOT NULL PRIMARY KEY, company_id uuid NOT NULL, vector tsvector NOT NULL);");
            migrationBuilder.Sql("CREATE INDEX ix_search_entries_vector ON clientportal.search_entries USING GIN (vector);");
            migrationBuilder.Sql("CREATE INDEX ix_search_entries_company ON clientportal.search_entries (company_id);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS clientportal.search_entries;");

            migrationBuilder.DropTable(
                name: "client_users",
                schema: "clientportal");

            migrationBuilder.DropTable(
                name: "company_contracts",
                schema: "clientportal");

            migrationBuilder.DropTable(
                name: "documents",
                schema: "clientportal");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "clientportal");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "clientportal");

            migrationBuilder.DropTable(
                name: "purged_documents",
                schema: "clientportal");

            migrationBuilder.DropTable(
                name: "read_receipts",
                schema: "clientportal");

            migrationBuilder.DropTable(
                name: "companies",
                schema: "clientportal");
        }
    }
}
