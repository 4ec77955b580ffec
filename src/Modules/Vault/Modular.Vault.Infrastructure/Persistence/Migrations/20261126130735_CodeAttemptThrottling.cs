using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Vault.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CodeAttemptThrottling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "code_failures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RemoteAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_code_failures", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_code_failures_At",
                table: "code_failures",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_code_failures_RemoteAddress_At",
                table: "code_failures",
                columns: new[] { "RemoteAddress", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "code_failures");
        }
    }
}
