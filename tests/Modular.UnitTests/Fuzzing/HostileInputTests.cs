using System.Globalization;
using System.Net;
using CsCheck;
using Microsoft.Data.Sqlite;
using Modular.ClientPortal.Domain.Companies;
using Modular.ClientPortal.Domain.Documents;
using Modular.ClientPortal.Domain.Search;
using Modular.Delegation.Domain.Requests;
using Modular.Delegation.Domain.Signatures;
using Modular.Identity.Domain.Accounts;
using Modular.Notifications.Domain.Templates;
using Modular.Notifications.Infrastructure.Templates;
using Modular.Portfolio.Domain.Dsn;
using Modular.Portfolio.Domain.Establishments;
using Modular.Sharing.Domain.ShareKeys;
using Modular.Tests.Shared;
using Modular.Vault.Domain.Documents;
using Modular.Vault.Domain.Links;
using Modular.Vault.Domain.People;

namespace Modular.UnitTests.Fuzzing;

/// <summary>
/// Every reader of what people and other systems send, fed generated hostile input for a bounded
/// time (<see cref="Seconds"/>, <c>MODULAR_FUZZ_SECONDS</c> for longer runs): text of any characters
/// and sizes (control characters, lone surrogates, right-to-left marks, template and markup
/// syntax, quotes), random bytes, and valid files mutated byte by byte. None may throw (a thrown
/// exception is a 500 for the caller); what each accepts must still be what its rule says. The
/// inputs that once found a fault stay below as regression cases.
/// </summary>
public sealed class HostileInputTests
{
    private static readonly int Seconds = int.TryParse(Environment.GetEnvironmentVariable("MODULAR_FUZZ_SECONDS"), CultureInfo.InvariantCulture, out var s) ? s : 2;

    private static readonly string[] Pieces =
    [
        "\0", "\u0001", "\t", "\r\n", "\u00A0", "\u202E", "\u200B", "\uFEFF", "\uD800", "\uDC00", "😀", "e\u0301", "ß", "İ", "ﬁ",
        "\"", "'", "`", "\\", "/", "..", "%00", "%", "*", "-", "–", "(", ")", "{{", "}}", "{%", "<script>", "</p>", "&amp;", "NEAR", "AND", "OR", "NOT", "^",
        ":", ";", ",", ".", "0", "9", "O", "I", "L", "CHE", "756", "+41", "0041", "CON", "NUL.pdf", "a.pdf", "x.exe", " ", "   ",
    ];

    /// <summary>Text as attackers and careless pastes make it: any characters, pieces that mean something somewhere, and long runs.</summary>
    private static readonly Gen<string> Hostile = Gen.OneOf(
        Gen.String[Gen.Char, 0, 64],
        Gen.String[Gen.Char.AlphaNumeric, 0, 40],
        Gen.OneOf(Pieces).Array[0, 24].Select(parts => string.Concat(parts)),
        Gen.Select(Gen.OneOf(Pieces), Gen.Int[1, 20_000]).Select((piece, times) => string.Concat(Enumerable.Repeat(piece, times))));

    /// <summary>The longest value a template shows whole (the renderer's <c>LimitToString</c>).</summary>
    private const int ValueLimit = 100_000;

    private static readonly Gen<byte[]> Bytes = Gen.OneOf(Gen.Byte.Array[0, 512], Gen.Byte.Array[0, 16_384]);

    private static Action<string> Out => TestContext.Current.TestOutputHelper is { } output ? output.WriteLine : _ => { };

    [Fact]
    public void A_share_key_reader_never_throws_and_what_it_accepts_reads_back_the_same()
    {
        Hostile.Sample(
            text =>
            {
                var key = ShareKeyText.Parse(text);
                if (key.IsSuccess)
                {
                    Assert.Equal(key.Value.Canonical, ShareKeyText.Parse(key.Value.Display).Value.Canonical);
                    Assert.Equal(ShareKeyText.Length, key.Value.Canonical.Length);
                }
            },
            Out,
            time: Seconds);
    }

    [Fact]
    public void A_share_key_with_one_character_changed_is_refused_as_mistyped_never_read_as_another_key()
    {
        Gen.Select(Gen.Int[0, ShareKeyText.Length - 1], Gen.Int[1, ShareKeyText.Alphabet.Length - 1]).Sample(
            (position, shift) =>
            {
                var key = ShareKeyText.Generate().Canonical;
                var changed = key[..position] + ShareKeyText.Alphabet[(ShareKeyText.Alphabet.IndexOf(key[position], StringComparison.Ordinal) + shift) % ShareKeyText.Alphabet.Length] + key[(position + 1)..];
                Assert.False(ShareKeyText.Parse(changed).IsSuccess);
            },
            Out,
            time: Seconds);
    }

    [Fact]
    public void The_identifier_and_code_readers_never_throw()
    {
        Hostile.Sample(
            text =>
            {
                _ = Siret.Parse(text);
                _ = Siret.Normalise(text);
                _ = SwissUid.Parse(text);
                _ = SwissFrancs.ParseCentimes(text);
                _ = SixDigitCode.Parse(text);
                _ = MobileNumber.Parse(text);
                _ = PersonalIdentificationCode.TryParse(text);
                _ = DocumentKinds.Parse(text);
                _ = Lines.Parse(text);
                _ = MandateEmails.Check(text, "Email", ["Dupont"]);
            },
            Out,
            time: Seconds);
    }

    [Fact]
    public void A_file_name_accepted_is_one_name_and_the_type_check_never_throws_whatever_the_bytes()
    {
        Gen.Select(Hostile, Gen.OneOf([.. FileType.Extensions, "exe", "PDF", "pdf.exe", ""]), Bytes).Sample(
            (text, extension, head) =>
            {
                var name = DocumentFileName.Parse(text);
                if (name.IsSuccess)
                {
                    Assert.DoesNotContain('/', name.Value.Value);
                    Assert.DoesNotContain('\\', name.Value.Value);
                    Assert.DoesNotContain(name.Value.Value, char.IsControl);
                }

                var typed = DocumentFileName.Parse("document." + extension);
                if (typed.IsSuccess)
                {
                    _ = FileType.Recognise(typed.Value, head);
                }
            },
            Out,
            time: Seconds);
    }

    [Fact]
    public void A_signature_image_check_never_throws_whatever_the_bytes()
    {
        // A digital signature is no image: its caller never asks (and the check throws if it did).
        Gen.Select(Gen.OneOf(SignatureKind.Drawn, SignatureKind.Scanned), Bytes).Sample(
            (kind, content) => _ = SignatureImages.Check(kind, content),
            Out,
            time: Seconds);
    }

    [Fact]
    public void The_DSN_reader_reports_problems_for_random_bytes_and_mutated_files_and_never_throws()
    {
        var valid = DsnSample.Envoi().Declaration("552081317", "00018").Declaration("552081317", "00026").Latin1(crlf: true);
        var mutation = Gen.Select(Gen.Int[0, 3], Gen.Int[0, valid.Length - 1], Gen.Byte, Gen.Int[1, 64]);
        Gen.OneOf(Bytes, mutation.Array[1, 8].Select(changes => Mutate(valid, changes))).Sample(
            content =>
            {
                using var stream = new MemoryStream(content);
                var reading = DsnReader.ReadAsync(stream, TestContext.Current.CancellationToken).GetAwaiter().GetResult();
                Assert.True(reading.IsValid || reading.Problems.Count > 0);
            },
            Out,
            time: Seconds);
    }

    [Fact]
    public void A_search_of_any_text_is_words_the_full_text_index_takes_as_words()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = """
                CREATE VIRTUAL TABLE search_entries USING fts5(content, tokenize = 'unicode61 remove_diacritics 2');
                INSERT INTO search_entries (content) VALUES ('attestation de salaire remboursement 2026 « LAA » société');
                """;
            create.ExecuteNonQuery();
        }

        using var match = connection.CreateCommand();
        match.CommandText = "SELECT count(*) FROM search_entries WHERE search_entries MATCH $q";
        var query = match.Parameters.Add("$q", SqliteType.Text);
        Hostile.Sample(
            text =>
            {
                var terms = SearchTerms.Parse(text);
                Assert.InRange(terms.Words.Count, 0, SearchTerms.MaxWords);
                Assert.All(terms.Words, w => Assert.True(w.Length <= SearchTerms.MaxWordLength && w.All(char.IsLetterOrDigit), w));
                if (!terms.IsEmpty)
                {
                    query.Value = terms.ToFts5();
                    _ = match.ExecuteScalar();
                }
            },
            Out,
            threads: 1,
            time: Seconds);
    }

    [Fact]
    public void A_template_shows_hostile_values_as_text_never_runs_them_and_encodes_them_in_html()
    {
        var renderer = new ScribanTemplateRenderer();
        var source = new TemplateSource("Pour {{ name }}", "<p>{{ name }}</p>", "Bonjour {{ name }}, {{ other }}");
        Gen.Select(Hostile, Hostile).Sample(
            (name, other) =>
            {
                var rendered = renderer.Render(source, "fr", new Dictionary<string, string> { ["name"] = name, ["other"] = other });
                Assert.True(rendered.IsSuccess, rendered.Error?.Message);
                if (name.Length + other.Length > ValueLimit || name.Length * 6 > ValueLimit)
                {
                    // Past the renderer's limit (the value, or its HTML encoding) a value is cut with « ... »:
                    // it never runs and never grows the message without bound.
                    Assert.StartsWith("Bonjour " + name[..Math.Min(name.Length, 1000)], rendered.Value.TextBody, StringComparison.Ordinal);
                    Assert.True(rendered.Value.TextBody.Length <= (2 * ValueLimit) + 20 && rendered.Value.HtmlBody.Length <= ValueLimit + 20);
                    return;
                }

                Assert.Equal($"Bonjour {name}, {other}", rendered.Value.TextBody);
                var html = rendered.Value.HtmlBody;
                Assert.True(html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal), html);
                Assert.DoesNotContain(html[3..^4], c => c is '<' or '>' or '"');
                Assert.Equal(Whole(name), WebUtility.HtmlDecode(html[3..^4]));
            },
            Out,
            print: t => $"{t.Item1.Length} and {t.Item2.Length} characters: {Head(t.Item1)} | {Head(t.Item2)}",
            time: Seconds);
    }

    [Fact]
    public void A_search_with_half_a_character_is_read_with_a_replacement_character()
    {
        // Found by the search property: Unicode normalisation threw on a lone surrogate, a 500 on every
        // search box. (Built in code: an attribute's string cannot hold half a character.)
        foreach (var typed in new[] { "\uD800", "assurance \uDC00 2026", "\uD83D", "x\uDBFF\uDBFFy" })
        {
            var terms = SearchTerms.Parse(typed);

            Assert.DoesNotContain(terms.Words, w => w.Any(char.IsSurrogate));
            Assert.Equal(Whole(typed).Trim().ToLowerInvariant(), Modular.SharedKernel.Domain.SearchText.Fold(typed));
        }
    }

    private static string Head(string text) => text.Length > 60 ? text[..60] + "…" : text;

    /// <summary>The text with each lone surrogate as U+FFFD, as any encoder writes it.</summary>
    private static string Whole(string text) => System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(text));

    private static byte[] Mutate(byte[] valid, (int Kind, int At, byte Value, int Length)[] changes)
    {
        var bytes = valid.ToList();
        foreach (var (kind, at, value, length) in changes)
        {
            var position = Math.Min(at, Math.Max(0, bytes.Count - 1));
            switch (kind)
            {
                case 0 when bytes.Count > 0:
                    bytes[position] = value;
                    break;
                case 1:
                    bytes.InsertRange(position, Enumerable.Repeat(value, length));
                    break;
                case 2:
                    bytes.RemoveRange(position, Math.Min(length, bytes.Count - position));
                    break;
                default:
                    bytes.RemoveRange(position, bytes.Count - position);
                    break;
            }
        }

        return [.. bytes];
    }
}
