using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.ClientPortal.Infrastructure.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AuthorisedClients : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "authorised_clients",
                schema: "clientportal",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CompanyId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientServerId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ClientId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AuthorisedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_authorised_clients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_authorised_clients_companies_CompanyId",
                        column: x => x.CompanyId,
                        principalSchema: "clientportal",
                        principalTable: "companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_authorised_clients_ClientServerId",
                schema: "clientportal",
                table: "authorised_clients",
                column: "ClientServerId",
                unique: true,
                filter: "\"RevokedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_authorised_clients_CompanyId",
                schema: "clientportal",
                table: "authorised_clients",
                column: "CompanyId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "authorised_clients",
                schema: "clientportal");
        }
    }
}
