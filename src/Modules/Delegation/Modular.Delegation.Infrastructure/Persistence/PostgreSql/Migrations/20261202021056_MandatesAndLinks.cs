using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Delegation.Infrastructure.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class MandatesAndLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "EndsOn",
                schema: "delegation",
                table: "mandate_requests",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "Language",
                schema: "delegation",
                table: "mandate_requests",
                type: "character varying(5)",
                maxLength: 5,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "LinkEmail",
                schema: "delegation",
                table: "mandate_requests",
                type: "character varying(320)",
                maxLength: 320,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "LinkHash",
                schema: "delegation",
                table: "mandate_requests",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "MandataryId",
                schema: "delegation",
                table: "mandate_requests",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "mandates",
                schema: "delegation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    MandatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    MandatorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    MandataryId = table.Column<Guid>(type: "uuid", nullable: false),
                    MandataryName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    MandataryEmail = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    ServiceCode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    StartsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EndsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RevokedById = table.Column<Guid>(type: "uuid", nullable: true),
                    RevokedBy = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mandates", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_mandate_requests_LinkHash",
                schema: "delegation",
                table: "mandate_requests",
                column: "LinkHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_mandates_MandataryId",
                schema: "delegation",
                table: "mandates",
                column: "MandataryId");

            migrationBuilder.CreateIndex(
                name: "IX_mandates_MandatorId",
                schema: "delegation",
                table: "mandates",
                column: "MandatorId");

            migrationBuilder.CreateIndex(
                name: "IX_mandates_OrganisationId_ServiceCode",
                schema: "delegation",
                table: "mandates",
                columns: new[] { "OrganisationId", "ServiceCode" });

            migrationBuilder.CreateIndex(
                name: "IX_mandates_RequestId",
                schema: "delegation",
                table: "mandates",
                column: "RequestId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "mandates",
                schema: "delegation");

            migrationBuilder.DropIndex(
                name: "IX_mandate_requests_LinkHash",
                schema: "delegation",
                table: "mandate_requests");

            migrationBuilder.DropColumn(
                name: "EndsOn",
                schema: "delegation",
                table: "mandate_requests");

            migrationBuilder.DropColumn(
                name: "Language",
                schema: "delegation",
                table: "mandate_requests");

            migrationBuilder.DropColumn(
                name: "LinkEmail",
                schema: "delegation",
                table: "mandate_requests");

            migrationBuilder.DropColumn(
                name: "LinkHash",
                schema: "delegation",
                table: "mandate_requests");

            migrationBuilder.DropColumn(
                name: "MandataryId",
                schema: "delegation",
                table: "mandate_requests");
        }
    }
}
