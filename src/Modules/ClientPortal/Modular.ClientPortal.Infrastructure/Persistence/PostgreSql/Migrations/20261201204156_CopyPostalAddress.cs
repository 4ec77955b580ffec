using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.ClientPortal.Infrastructure.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class CopyPostalAddress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CopyCity",
                schema: "clientportal",
                table: "companies",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CopyCountry",
                schema: "clientportal",
                table: "companies",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CopyName",
                schema: "clientportal",
                table: "companies",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CopyPostalCode",
                schema: "clientportal",
                table: "companies",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CopyStreet",
                schema: "clientportal",
                table: "companies",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CopyCity",
                schema: "clientportal",
                table: "companies");

            migrationBuilder.DropColumn(
                name: "CopyCountry",
                schema: "clientportal",
                table: "companies");

            migrationBuilder.DropColumn(
                name: "CopyName",
                schema: "clientportal",
                table: "companies");

            migrationBuilder.DropColumn(
                name: "CopyPostalCode",
                schema: "clientportal",
                table: "companies");

            migrationBuilder.DropColumn(
                name: "CopyStreet",
                schema: "clientportal",
                table: "companies");
        }
    }
}
