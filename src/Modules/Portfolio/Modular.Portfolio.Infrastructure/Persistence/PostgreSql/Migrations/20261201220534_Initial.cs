using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Portfolio.Infrastructure.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "portfolio");

            migrationBuilder.CreateTable(
                name: "administrators",
                schema: "portfolio",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FirmId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    GrantedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_administrators", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "delegation_profiles",
                schema: "portfolio",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FirmId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Responsibilities = table.Column<int>(type: "integer", nullable: false),
                    Establishments = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    RulePartnerGroup = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    RuleDueDay = table.Column<int>(type: "integer", nullable: true),
                    Collaborators = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_delegation_profiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "deposits",
                schema: "portfolio",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FirmId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    DepositedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DepositedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    DepositedByClient = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SenderSiren = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    SenderNic = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    RubricLines = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_deposits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "establishments",
                schema: "portfolio",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FirmId = table.Column<Guid>(type: "uuid", nullable: false),
                    Siret = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SearchName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SuggestedName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DueDay = table.Column<int>(type: "integer", nullable: true),
                    PartnerGroup = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Street = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    PostalCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    City = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    HasDeclaredAddress = table.Column<bool>(type: "boolean", nullable: false),
                    DeclaredStreet = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    DeclaredPostalCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    DeclaredCity = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AddedByDsn = table.Column<bool>(type: "boolean", nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RemovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_establishments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "portfolio",
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
                schema: "portfolio",
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
                name: "deposit_lines",
                schema: "portfolio",
                columns: table => new
                {
                    Position = table.Column<int>(type: "integer", nullable: false),
                    DepositId = table.Column<Guid>(type: "uuid", nullable: false),
                    Siret = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    Nature = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Type = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Street = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    PostalCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    City = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Individuals = table.Column<int>(type: "integer", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RefusalReason = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    EstablishmentId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_deposit_lines", x => new { x.DepositId, x.Position });
                    table.ForeignKey(
                        name: "FK_deposit_lines_deposits_DepositId",
                        column: x => x.DepositId,
                        principalSchema: "portfolio",
                        principalTable: "deposits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "filings",
                schema: "portfolio",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FirmId = table.Column<Guid>(type: "uuid", nullable: false),
                    EstablishmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Siret = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    DepositId = table.Column<Guid>(type: "uuid", nullable: false),
                    DepositedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Nature = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Type = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Individuals = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_filings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_filings_deposits_DepositId",
                        column: x => x.DepositId,
                        principalSchema: "portfolio",
                        principalTable: "deposits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_filings_establishments_EstablishmentId",
                        column: x => x.EstablishmentId,
                        principalSchema: "portfolio",
                        principalTable: "establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_administrators_FirmId_UserId",
                schema: "portfolio",
                table: "administrators",
                columns: new[] { "FirmId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_delegation_profiles_FirmId",
                schema: "portfolio",
                table: "delegation_profiles",
                column: "FirmId");

            migrationBuilder.CreateIndex(
                name: "IX_deposits_FirmId_Sha256",
                schema: "portfolio",
                table: "deposits",
                columns: new[] { "FirmId", "Sha256" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_deposits_Sha256",
                schema: "portfolio",
                table: "deposits",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_establishments_FirmId_SearchName",
                schema: "portfolio",
                table: "establishments",
                columns: new[] { "FirmId", "SearchName" });

            migrationBuilder.CreateIndex(
                name: "IX_establishments_FirmId_Siret",
                schema: "portfolio",
                table: "establishments",
                columns: new[] { "FirmId", "Siret" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_filings_DepositId",
                schema: "portfolio",
                table: "filings",
                column: "DepositId");

            migrationBuilder.CreateIndex(
                name: "IX_filings_EstablishmentId_Month",
                schema: "portfolio",
                table: "filings",
                columns: new[] { "EstablishmentId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_filings_FirmId_Month",
                schema: "portfolio",
                table: "filings",
                columns: new[] { "FirmId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_ProcessedAt",
                schema: "portfolio",
                table: "outbox_messages",
                column: "ProcessedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "administrators",
                schema: "portfolio");

            migrationBuilder.DropTable(
                name: "delegation_profiles",
                schema: "portfolio");

            migrationBuilder.DropTable(
                name: "deposit_lines",
                schema: "portfolio");

            migrationBuilder.DropTable(
                name: "filings",
                schema: "portfolio");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "portfolio");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "portfolio");

            migrationBuilder.DropTable(
                name: "deposits",
                schema: "portfolio");

            migrationBuilder.DropTable(
                name: "establishments",
                schema: "portfolio");
        }
    }
}
