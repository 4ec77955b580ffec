using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Modular.UnitTests.Host;

/// <summary>Every UI string exists in French and in English, and every key the pages use exists.</summary>
public sealed partial class ResourceTests
{
    private static readonly string HostDirectory = FindHostDirectory();

    [Fact]
    public void French_and_english_resources_have_the_same_keys_and_no_empty_text()
    {
        var french = Load("SharedResource.resx");
        var english = Load("SharedResource.en.resx");

        Assert.Empty(french.Keys.Except(english.Keys));
        Assert.Empty(english.Keys.Except(french.Keys));
        Assert.DoesNotContain(french, e => string.IsNullOrWhiteSpace(e.Value));
        Assert.DoesNotContain(english, e => string.IsNullOrWhiteSpace(e.Value));
    }

    [Fact]
    public void Every_literal_key_used_by_pages_and_page_models_exists()
    {
        var keys = Load("SharedResource.resx").Keys.ToHashSet(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(HostDirectory, "*.cs*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

        var used = files
            .SelectMany(f => LiteralKey().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups["key"].Value)))
            .ToList();
        Assert.True(used.Count > 100, $"only {used.Count} keys found: the scan itself is broken");

        var missing = used
            .Where(k => !keys.Contains(k.Key))
            .Select(k => $"{k.File}: {k.Key}")
            .Distinct()
            .ToList();

        Assert.Empty(missing);
    }

    /// <summary>
    /// One word for one state: a link or an invitation stopped by wrong codes is « bloqué » /
    /// "blocked"; an account an administrator shuts is « verrouillé » / "locked".
    /// </summary>
    [Theory]
    [InlineData("SharedResource.resx", "bloqu", "verrouill")]
    [InlineData("SharedResource.en.resx", @"\bblock", @"\block")]
    public void Blocked_is_said_of_links_and_invitations_and_locked_of_accounts_only(string file, string blocked, string locked)
    {
        static bool IsAccount(string key) => key.StartsWith("Admin.Users.", StringComparison.Ordinal) || key == "Error.cannot-lock-out-self";
        var texts = Load(file);

        static bool Says(string text, string word) => Regex.IsMatch(text, word, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        Assert.Empty(texts.Where(t => !IsAccount(t.Key) && Says(t.Value, locked)).Select(t => t.Key));
        Assert.Empty(texts.Where(t => IsAccount(t.Key) && Says(t.Value, blocked)).Select(t => t.Key));
        Assert.True(Says(texts["Vault.Links.Status.Locked"], blocked));
        Assert.True(Says(texts["Vault.Invite.Status.Locked"], blocked));
    }

    /// <summary>The code a person gives to be granted access has one name, on the home page as in the vault.</summary>
    [Theory]
    [InlineData("SharedResource.resx", "code personnel d'identification", @"code d'identification|identifiant personnel|code personnel(?! d'identification)")]
    [InlineData("SharedResource.en.resx", "personal identification code", @"personal code|(?<!personal )identification code")]
    public void The_personal_identification_code_has_one_name(string file, string name, string otherNames)
    {
        var texts = Load(file);

        Assert.Empty(texts.Where(t => Regex.IsMatch(t.Value, otherNames, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)).Select(t => $"{t.Key}: {t.Value}"));
        Assert.All(new[] { "Home.PersonalCode", "Vault.Invite.PersonalCode", "Vault.Invite.PersonalCodeHint", "Error.personal-code-missing" },
            key => Assert.Contains(name, texts[key], StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Steps are numbered by the page's ordered list, never again in their own text (« 1 - Méthode… »).</summary>
    [Theory]
    [InlineData("SharedResource.resx")]
    [InlineData("SharedResource.en.resx")]
    public void No_text_numbers_itself_as_a_step(string file) =>
        Assert.Empty(Load(file).Where(t => Regex.IsMatch(t.Value, @"^\s*(\d+\s*[-.)]\s|Étape \d|Step \d)", RegexOptions.CultureInvariant)).Select(t => $"{t.Key}: {t.Value}"));

    private static Dictionary<string, string> Load(string file) =>
        XDocument.Load(Path.Combine(HostDirectory, "Resources", file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    private static string FindHostDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "src", "Host", "Modular.Host");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("src/Host/Modular.Host not found above the test binaries.");
    }

    // L["Key"], ErrorMessage = "Key", Name = "Key", StatusMessage = L["Key"] and the "…Done" keys passed to helpers.
    [GeneratedRegex(@"(?:L\[|ErrorMessage = |Name = |, )""(?<key>[A-Z][A-Za-z]+\.[A-Za-z0-9.]+)""")]
    private static partial Regex LiteralKey();
}
