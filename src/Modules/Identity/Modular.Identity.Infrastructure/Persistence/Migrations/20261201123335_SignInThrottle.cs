using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Identity.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SignInThrottle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "LastSignInAlertAt",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SignInFailures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AccountKey = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RemoteAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Refused = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignInFailures", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SignInFailures_AccountKey_At",
                table: "SignInFailures",
                columns: new[] { "AccountKey", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_SignInFailures_At",
                table: "SignInFailures",
                column: "At");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SignInFailures");

            migrationBuilder.DropColumn(
                name: "LastSignInAlertAt",
                table: "AspNetUsers");
        }
    }
}
