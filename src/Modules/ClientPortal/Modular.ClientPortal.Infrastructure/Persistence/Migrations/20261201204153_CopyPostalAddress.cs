using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.ClientPortal.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CopyPostalAddress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CopyCity",
                table: "companies",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CopyCountry",
                table: "companies",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CopyName",
                table: "companies",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CopyPostalCode",
                table: "companies",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CopyStreet",
                table: "companies",
                type: "TEXT",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CopyCity",
                table: "companies");

            migrationBuilder.DropColumn(
                name: "CopyCountry",
                table: "companies");

            migrationBuilder.DropColumn(
                name: "CopyName",
                table: "companies");

            migrationBuilder.DropColumn(
                name: "CopyPostalCode",
                table: "companies");

            migrationBuilder.DropColumn(
                name: "CopyStreet",
                table: "companies");
        }
    }
}
