using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.ClientPortal.Infrastructure.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class SearchCompanyLexeme : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Each entry gets its company as a lexeme, which every search now requires (ADR 0034).
            migrationBuilder.Sql("UPDATE clientportal.search_entries SET vector = vector || CAST('company' || replace(company_id::text, '-', '') AS tsvector);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE clientportal.search_entries SET vector = ts_delete(vector, 'company' || replace(company_id::text, '-', ''));");
        }
    }
}
