using System.Globalization;
using Microsoft.EntityFrameworkCore.Migrations;
using Modular.SharedKernel.Domain;

#nullable disable

namespace Modular.Vault.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// Folder names become unique ignoring case and accents: each folder gets the key the domain
    /// computes from its name (<c>Folder.KeyOf</c>), and the unique index moves from the name to the key.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The keys are computed in SQL. SQLite's lower() knows only ASCII, so each letter the domain's
    /// fold changes (Latin, Greek and Cyrillic letters, combining accents) is replaced by its fold,
    /// which this migration asks the domain's own fold for, in a few statements that stay well
    /// within SQLite's expression depth.
    /// </para>
    /// <para>
    /// Older data may hold names that were distinct but now clash (« Contrats » and « contrats » in
    /// one vault). The migration must not fail on them, and renaming people's folders behind their
    /// back would surprise them: the oldest folder of each clashing group keeps the plain key (so a new
    /// folder of that name is refused), the others get their key followed by « #» and their id, which
    /// clashes with nothing. They keep their names; their next rename gives them a plain key.
    /// </para>
    /// </remarks>
    public partial class FolderNameKeys : Migration
    {
        /// <summary>How many replace() calls one statement nests.</summary>
        private const int ReplacementsPerStatement = 100;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_folders_OrganisationId_Name",
                table: "folders");

            migrationBuilder.AddColumn<string>(
                name: "NameKey",
                table: "folders",
                type: "TEXT",
                maxLength: 160,
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql("UPDATE folders SET NameKey = lower(trim(Name));");
            foreach (var statement in FoldStatements())
            {
                migrationBuilder.Sql(statement);
            }

            // Ids are version 7 GUIDs, in the order of creation: the smallest of a clashing group is its oldest.
            migrationBuilder.Sql("""
                UPDATE folders SET NameKey = NameKey || ' #' || Id
                WHERE HomeOfPersonId IS NULL AND EXISTS (
                    SELECT 1 FROM folders AS older
                    WHERE older.OrganisationId = folders.OrganisationId AND older.HomeOfPersonId IS NULL
                      AND older.NameKey = folders.NameKey AND older.Id < folders.Id);
                """);

            migrationBuilder.CreateIndex(
                name: "IX_folders_OrganisationId_NameKey",
                table: "folders",
                columns: new[] { "OrganisationId", "NameKey" },
                unique: true,
                filter: "\"HomeOfPersonId\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_folders_OrganisationId_NameKey",
                table: "folders");

            migrationBuilder.DropColumn(
                name: "NameKey",
                table: "folders");

            migrationBuilder.CreateIndex(
                name: "IX_folders_OrganisationId_Name",
                table: "folders",
                columns: new[] { "OrganisationId", "Name" },
                unique: true,
                filter: "\"HomeOfPersonId\" IS NULL");
        }
    
        /// <summary>UPDATE statements that replace every character the domain's fold changes by its fold.</summary>
        private static IEnumerable<string> FoldStatements()
        {
            var ranges = new[] { (0x00C0, 0x024F), (0x0300, 0x036F), (0x0370, 0x04FF), (0x1E00, 0x1EFF) };
            var replacements = new List<(string From, string To)>();
            foreach (var (first, last) in ranges)
            {
                for (var code = first; code <= last; code++)
                {
                    var text = char.ConvertFromUtf32(code);
                    if (CharUnicodeInfo.GetUnicodeCategory(text, 0) == UnicodeCategory.OtherNotAssigned)
                    {
                        continue;
                    }

                    var folded = SearchText.Fold(text);
                    if (folded != text)
                    {
                        replacements.Add((text, folded));
                    }
                }
            }

            return replacements.Chunk(ReplacementsPerStatement).Select(chunk =>
                "UPDATE folders SET NameKey = "
                + chunk.Aggregate("NameKey", (sql, r) => $"replace({sql}, '{r.From}', '{r.To}')")
                + " WHERE NameKey <> '';");
        }
    }
}
