using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Sharing.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ShareKeyEndingAndRecipient : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "KeyEnding",
                table: "share_keys",
                type: "TEXT",
                maxLength: 8,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "RecipientEmail",
                table: "share_keys",
                type: "TEXT",
                maxLength: 320,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "KeyEnding",
                table: "share_keys");

            migrationBuilder.DropColumn(
                name: "RecipientEmail",
                table: "share_keys");
        }
    }
}
