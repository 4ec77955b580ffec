using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Portfolio.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "administrators",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirmId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GrantedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_administrators", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "delegation_profiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirmId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Responsibilities = table.Column<int>(type: "INTEGER", nullable: false),
                    Establishments = table.Column<string>(type: "TEXT", nullable: false),
                    RulePartnerGroup = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    RuleDueDay = table.Column<int>(type: "INTEGER", nullable: true),
                    Collaborators = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_delegation_profiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "deposits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirmId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    DepositedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DepositedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    DepositedByClient = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SenderSiren = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    SenderNic = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    RubricLines = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_deposits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "establishments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirmId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Siret = table.Column<string>(type: "TEXT", maxLength: 14, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SearchName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SuggestedName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DueDay = table.Column<int>(type: "INTEGER", nullable: true),
                    PartnerGroup = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Street = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    PostalCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    City = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    HasDeclaredAddress = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeclaredStreet = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    DeclaredPostalCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    DeclaredCity = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AddedByDsn = table.Column<bool>(type: "INTEGER", nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RemovedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_establishments", x => x.Id);
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
                name: "deposit_lines",
                columns: table => new
                {
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    DepositId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Siret = table.Column<string>(type: "TEXT", maxLength: 14, nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Nature = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Street = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    PostalCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    City = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Individuals = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RefusalReason = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    EstablishmentId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_deposit_lines", x => new { x.DepositId, x.Position });
                    table.ForeignKey(
                        name: "FK_deposit_lines_deposits_DepositId",
                        column: x => x.DepositId,
                        principalTable: "deposits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "filings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirmId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EstablishmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Siret = table.Column<string>(type: "TEXT", maxLength: 14, nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DepositId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DepositedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Nature = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Individuals = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_filings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_filings_deposits_DepositId",
                        column: x => x.DepositId,
                        principalTable: "deposits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_filings_establishments_EstablishmentId",
                        column: x => x.EstablishmentId,
                        principalTable: "establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_administrators_FirmId_UserId",
                table: "administrators",
                columns: new[] { "FirmId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_delegation_profiles_FirmId",
                table: "delegation_profiles",
                column: "FirmId");

            migrationBuilder.CreateIndex(
                name: "IX_deposits_FirmId_Sha256",
                table: "deposits",
                columns: new[] { "FirmId", "Sha256" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_deposits_Sha256",
                table: "deposits",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_establishments_FirmId_SearchName",
                table: "establishments",
                columns: new[] { "FirmId", "SearchName" });

            migrationBuilder.CreateIndex(
                name: "IX_establishments_FirmId_Siret",
                table: "establishments",
                columns: new[] { "FirmId", "Siret" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_filings_DepositId",
                table: "filings",
                column: "DepositId");

            migrationBuilder.CreateIndex(
                name: "IX_filings_EstablishmentId_Month",
                table: "filings",
                columns: new[] { "EstablishmentId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_filings_FirmId_Month",
                table: "filings",
                columns: new[] { "FirmId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_ProcessedAt",
                table: "outbox_messages",
                column: "ProcessedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "administrators");

            migrationBuilder.DropTable(
                name: "delegation_profiles");

            migrationBuilder.DropTable(
                name: "deposit_lines");

            migrationBuilder.DropTable(
                name: "filings");

            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "deposits");

            migrationBuilder.DropTable(
                name: "establishments");
        }
    }
}
