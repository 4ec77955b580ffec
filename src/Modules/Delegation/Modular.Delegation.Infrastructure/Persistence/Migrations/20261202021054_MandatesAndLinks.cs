using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Delegation.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class MandatesAndLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "EndsOn",
                table: "mandate_requests",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "mandate_requests",
                type: "TEXT",
                maxLength: 5,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "LinkEmail",
                table: "mandate_requests",
                type: "TEXT",
                maxLength: 320,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "LinkHash",
                table: "mandate_requests",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "MandataryId",
                table: "mandate_requests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "mandates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MandatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MandatorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MandataryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MandataryName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    MandataryEmail = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    ServiceCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RevokedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    RevokedBy = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mandates", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_mandate_requests_LinkHash",
                table: "mandate_requests",
                column: "LinkHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_mandates_MandataryId",
                table: "mandates",
                column: "MandataryId");

            migrationBuilder.CreateIndex(
                name: "IX_mandates_MandatorId",
                table: "mandates",
                column: "MandatorId");

            migrationBuilder.CreateIndex(
                name: "IX_mandates_OrganisationId_ServiceCode",
                table: "mandates",
                columns: new[] { "OrganisationId", "ServiceCode" });

            migrationBuilder.CreateIndex(
                name: "IX_mandates_RequestId",
                table: "mandates",
                column: "RequestId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "mandates");

            migrationBuilder.DropIndex(
                name: "IX_mandate_requests_LinkHash",
                table: "mandate_requests");

            migrationBuilder.DropColumn(
                name: "EndsOn",
                table: "mandate_requests");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "mandate_requests");

            migrationBuilder.DropColumn(
                name: "LinkEmail",
                table: "mandate_requests");

            migrationBuilder.DropColumn(
                name: "LinkHash",
                table: "mandate_requests");

            migrationBuilder.DropColumn(
                name: "MandataryId",
                table: "mandate_requests");
        }
    }
}
