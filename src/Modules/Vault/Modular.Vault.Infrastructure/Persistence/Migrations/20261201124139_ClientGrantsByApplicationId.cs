using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Vault.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ClientGrantsByApplicationId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_access_grants_ClientId",
                table: "access_grants");

            migrationBuilder.DropIndex(
                name: "IX_access_grants_FolderId_ClientId",
                table: "access_grants");

            // Grants made by typed client id keep it here and give nothing until the Vault settles
            // them at start through Identity (LegacyClientGrants): kept, now naming the client by its
            // server id, when it is a client of the grant's organisation; dropped otherwise.
            migrationBuilder.RenameColumn(
                name: "ClientId",
                table: "access_grants",
                newName: "LegacyClientId");

            migrationBuilder.AddColumn<string>(
                name: "ClientApplicationId",
                table: "access_grants",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_access_grants_ClientApplicationId",
                table: "access_grants",
                column: "ClientApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_access_grants_FolderId_ClientApplicationId",
                table: "access_grants",
                columns: new[] { "FolderId", "ClientApplicationId" },
                unique: true,
                filter: "\"ClientApplicationId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_access_grants_ClientApplicationId",
                table: "access_grants");

            migrationBuilder.DropIndex(
                name: "IX_access_grants_FolderId_ClientApplicationId",
                table: "access_grants");

            // Without Identity, a client's server id cannot be turned back into its client id: those grants go.
            migrationBuilder.Sql("DELETE FROM \"access_grants\" WHERE \"ClientApplicationId\" IS NOT NULL;");

            migrationBuilder.DropColumn(
                name: "ClientApplicationId",
                table: "access_grants");

            migrationBuilder.RenameColumn(
                name: "LegacyClientId",
                table: "access_grants",
                newName: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_access_grants_ClientId",
                table: "access_grants",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_access_grants_FolderId_ClientId",
                table: "access_grants",
                columns: new[] { "FolderId", "ClientId" },
                unique: true,
                filter: "\"ClientId\" IS NOT NULL");
        }
    }
}
