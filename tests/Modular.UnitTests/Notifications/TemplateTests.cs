using Modular.Notifications.Domain.Messages;
using Modular.Notifications.Domain.Templates;
using Modular.Notifications.Infrastructure.Templates;
using Modular.SharedKernel.Domain;

namespace Modular.UnitTests.Notifications;

public sealed partial class TemplateTests
{
    private static readonly EmbeddedTemplateCatalog Catalog = new();
    private static readonly ScribanTemplateRenderer Renderer = new();

    public static TheoryData<string, string> ShippedTemplates()
    {
        var data = new TheoryData<string, string>();
        foreach (var (key, culture) in Catalog.All)
        {
            data.Add(key, culture);
        }

        return data;
    }

    [Fact]
    public void Every_shipped_template_exists_in_french_and_english()
    {
        var keys = Catalog.All.Select(t => t.Key).Distinct().ToList();

        Assert.NotEmpty(keys);
        Assert.All(keys, key =>
        {
            Assert.NotNull(Catalog.Find(key, "fr"));
            Assert.NotNull(Catalog.Find(key, "en"));
        });
    }

    [Theory]
    [MemberData(nameof(ShippedTemplates))]
    public void Every_shipped_template_renders_its_sample_in_its_culture(string key, string culture)
    {
        var source = Catalog.Find(key, culture)!;
        var model = Catalog.SampleModel(key, culture);

        var rendered = Renderer.Render(source, culture, model);

        Assert.True(rendered.IsSuccess, rendered.Error?.Message);
        Assert.Empty(Renderer.Check(source));
        Assert.DoesNotContain("{{", rendered.Value.Subject + rendered.Value.HtmlBody + rendered.Value.TextBody, StringComparison.Ordinal);
        Assert.All(model.Values.Where(v => v.Length > 0), value => Assert.Contains(value, rendered.Value.TextBody + rendered.Value.Subject, StringComparison.Ordinal));
        Assert.DoesNotContain('\n', rendered.Value.Subject);
    }

    /// <summary>What an English email must not say: French words, and times in UTC (they are in the reader's time zone).</summary>
    private static readonly string[] FrenchOrUtc = ["Bonjour", " vous ", " votre ", " le ", " la ", " les ", " des ", " est ", " à ", "é", "è", "ç", "UTC"];

    [Theory]
    [MemberData(nameof(EnglishTemplates))]
    public void English_templates_have_no_french_and_no_utc(string key)
    {
        var source = Catalog.Find(key, "en")!;
        var text = Expression().Replace($"{source.Subject}\n{source.HtmlBody}\n{source.TextBody}", " ");

        Assert.All(FrenchOrUtc, word => Assert.DoesNotContain(word, text, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(EnglishTemplates))]
    public void No_template_sample_gives_a_time_in_utc(string key) =>
        Assert.All(Catalog.SampleModel(key, "fr").Values.Concat(Catalog.SampleModel(key, "en").Values), value => Assert.DoesNotContain("UTC", value, StringComparison.Ordinal));

    [Fact]
    public void The_editor_shows_each_language_its_own_sample_values()
    {
        Assert.Equal("10 décembre 2026 à 14:05 (heure de Paris)", Catalog.SampleModel("vault.download-link", "fr")["expires_at"]);
        Assert.Equal("10 December 2026 at 14:05 (Paris time)", Catalog.SampleModel("vault.download-link", "en")["expires_at"]);
    }

    public static TheoryData<string> EnglishTemplates() => [.. Catalog.All.Where(t => t.Culture == "en").Select(t => t.Key)];

    [System.Text.RegularExpressions.GeneratedRegex(@"\{\{.*?\}\}", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex Expression();

    [Theory]
    [InlineData("fr", "0", "0 document")]
    [InlineData("fr", "1", "1 document")]
    [InlineData("fr", "2", "2 documents")]
    [InlineData("en", "0", "0 documents")]
    [InlineData("en", "1", "1 document")]
    [InlineData("en", "2", "2 documents")]
    [InlineData("en", "", " documents")]
    public void A_count_takes_the_plural_rule_of_the_templates_language(string culture, string count, string expected)
    {
        var source = new TemplateSource("{{ plural n \"# document\" \"# documents\" }}", "<p>{{ plural n \"# document\" \"# documents\" }}</p>", "{{ plural n \"# document\" \"# documents\" }}");

        var rendered = Renderer.Render(source, culture, new Dictionary<string, string> { ["n"] = count }).Value;

        Assert.Equal(expected.Trim(), rendered.Subject);
        Assert.Equal($"<p>{expected}</p>", rendered.HtmlBody);
        Assert.Equal(expected, rendered.TextBody);
    }

    [Theory]
    [InlineData("fr", "1", "Votre document a été téléchargé", "Le document du dossier « Sinistre » du lien de téléchargement envoyé à a@example.fr a été téléchargé en entier le")]
    [InlineData("fr", "3", "Vos documents ont été téléchargés", "Les 3 documents du dossier « Sinistre » du lien de téléchargement envoyé à a@example.fr ont été téléchargés en entier le")]
    [InlineData("en", "1", "Your document was downloaded", "The document of the folder \"Sinistre\" of the download link sent to a@example.fr was downloaded in full on")]
    [InlineData("en", "3", "Your documents were downloaded", "The 3 documents of the folder \"Sinistre\" of the download link sent to a@example.fr were downloaded in full on")]
    public void The_download_notice_agrees_with_its_number_of_documents(string culture, string count, string subject, string sentence)
    {
        var model = new Dictionary<string, string>(Catalog.SampleModel("vault.link-downloaded", "fr")) { ["file_count"] = count, ["folder"] = "Sinistre", ["recipient"] = "a@example.fr" };

        var rendered = Renderer.Render(Catalog.Find("vault.link-downloaded", culture)!, culture, model).Value;

        Assert.Equal(subject, rendered.Subject);
        Assert.Contains(sentence, rendered.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("(s)", rendered.TextBody, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ShippedTemplates))]
    public void No_shipped_template_counts_with_a_bracketed_plural(string key, string culture)
    {
        var source = Catalog.Find(key, culture)!;

        Assert.DoesNotMatch(@"\w\((s|e|es|x)\)", $"{source.Subject}\n{source.HtmlBody}\n{source.TextBody}");
    }

    [Fact]
    public void A_value_with_markup_is_encoded_in_the_html_body_and_left_alone_in_the_text()
    {
        var source = new TemplateSource("Pour {{ name }}", "<p>{{ name }}</p>", "{{ name }}");

        var rendered = Renderer.Render(source, "fr", new Dictionary<string, string> { ["name"] = "<script>alert('x')</script> & Cie" }).Value;

        Assert.Equal("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Cie</p>", rendered.HtmlBody);
        Assert.Equal("<script>alert('x')</script> & Cie", rendered.TextBody);
        Assert.Equal("Pour <script>alert('x')</script> & Cie", rendered.Subject);
    }

    [Fact]
    public void A_syntax_error_is_reported_with_its_part_and_line()
    {
        var source = new TemplateSource("ok", "<p>a</p>\n<p>{{ name + }}</p>", "Bonjour\n{{ end }}");

        var errors = Renderer.Check(source);
        Assert.True(errors.Count >= 2, string.Join(" | ", errors));

        Assert.Contains(errors, e => e.Part == "html" && e.Line == 2);
        Assert.Contains(errors, e => e.Part == "text" && e.Line == 2);
        Assert.False(Renderer.Render(source, "fr", new Dictionary<string, string>()).IsSuccess);
    }

    [Fact]
    public void Rendering_runs_within_limits_and_without_file_access()
    {
        var loop = Renderer.Render(new TemplateSource("s", "{{ for i in 1..100000 }}x{{ end }}", "t"), "fr", new Dictionary<string, string>());
        var include = Renderer.Render(new TemplateSource("s", "{{ include '/etc/passwd' }}", "t"), "fr", new Dictionary<string, string>());

        Assert.Equal("template-render-failed", loop.Error?.Code);
        Assert.Equal("template-render-failed", include.Error?.Code);
    }

    /// <summary>Thirty a's and an exclamation mark: "(a+)+$" backtracks for seconds on it.</summary>
    private const string RegexBomb = "{{ for i in 1..50 }}{{ \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\" | regex.match \"(a+)+$\" }}{{ end }}";

    [Fact]
    public void A_catastrophic_regex_in_a_loop_is_stopped_at_the_regex_timeout_with_its_own_error()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var rendered = Renderer.Render(new TemplateSource("s", "<p>a</p>\n" + RegexBomb, "t"), "fr", new Dictionary<string, string>());

        Assert.True(rendered.Error?.Code == "template-timed-out", rendered.Error?.Message);
        Assert.Equal("regex", rendered.Error?.Reason);
        Assert.Equal<object?>([100, 2], rendered.Error!.Arguments);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"stopped after {watch.Elapsed}");
    }

    [Fact]
    public void Regexes_each_under_the_timeout_are_stopped_by_the_deadline_of_the_whole_render()
    {
        // Fourteen a's backtrack for a fraction of a millisecond (never near the 100 ms regex
        // timeout, even on a busy machine). Scriban caps each loop statement at 1000 iterations in
        // all, so the template repeats the loop: 20 000 of them take far longer than any deadline.
        var loop = "{{ for i in 1..999 }}{{ m = \"aaaaaaaaaaaaaa!\" | regex.match \"(a+)+$\" }}{{ end }}";
        var slow = string.Concat(Enumerable.Repeat(loop, 20));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var rendered = new ScribanTemplateRenderer { RenderDeadline = TimeSpan.FromMilliseconds(200) }.Render(new TemplateSource("s", "h", slow), "fr", new Dictionary<string, string>());
        var byDefault = Renderer.Render(new TemplateSource(slow, slow, slow), "fr", new Dictionary<string, string>());

        Assert.True(rendered.Error?.Code == "template-timed-out", rendered.Error?.Message);
        Assert.Equal("deadline", rendered.Error?.Reason);
        Assert.True(byDefault.Error?.Code == "template-timed-out", byDefault.Error?.Message);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"stopped after {watch.Elapsed}");
    }

    [Fact]
    public void A_kept_template_renders_each_message_with_its_own_values()
    {
        var source = new TemplateSource("Pour {{ name }}", "<p>{{ name }}</p>", "{{ plural count \"# pièce\" \"# pièces\" }} pour {{ name }}");

        var first = Renderer.Render(source, "fr", new Dictionary<string, string> { ["name"] = "Marie <3", ["count"] = "1" });
        var second = Renderer.Render(source, "en", new Dictionary<string, string> { ["name"] = "Jean", ["count"] = "0" });

        Assert.Equal(("Pour Marie <3", "<p>Marie &lt;3</p>", "1 pièce pour Marie <3"), (first.Value.Subject, first.Value.HtmlBody, first.Value.TextBody));
        Assert.Equal(("Pour Jean", "<p>Jean</p>", "0 pièces pour Jean"), (second.Value.Subject, second.Value.HtmlBody, second.Value.TextBody));
    }

    [Fact]
    public void A_template_cannot_change_a_built_in_function_for_the_next_message()
    {
        var tampering = Renderer.Render(new TemplateSource("s", "h", "{{ string.nouveau = 'piégé' }}"), "fr", new Dictionary<string, string>());
        var next = Renderer.Render(new TemplateSource("s", "h", "{{ 'bonjour' | string.upcase }}{{ string.nouveau }}"), "fr", new Dictionary<string, string>());

        Assert.Equal("BONJOUR", next.Value.TextBody);
    }

    [Fact]
    public void Failures_back_off_exponentially_then_give_up()
    {
        var now = DateTimeOffset.UtcNow;
        var message = Message.Create("k", "t", "fr", DeliveryChannel.Email, "X", "x@example.fr", new RenderedContent("s", "h", "t"), "Tests", null, null, null, now);

        Assert.False(message.RecordFailure("down", permanent: false, now, maxAttempts: 3, TimeSpan.FromSeconds(2)));
        Assert.Equal(now.AddSeconds(2), message.NextAttemptAt);
        Assert.False(message.RecordFailure("down", permanent: false, now, maxAttempts: 3, TimeSpan.FromSeconds(2)));
        Assert.Equal(now.AddSeconds(4), message.NextAttemptAt);
        Assert.True(message.RecordFailure("down", permanent: false, now, maxAttempts: 3, TimeSpan.FromSeconds(2)));
        Assert.Equal(DeliveryStatus.Failed, message.Status);
        Assert.Equal(TimeSpan.FromHours(1), Message.Backoff(40, TimeSpan.FromSeconds(2)));
    }

    [Fact]
    public void A_permanent_refusal_gives_up_at_once_and_only_a_delivered_letter_can_be_posted()
    {
        var now = DateTimeOffset.UtcNow;
        var letter = Message.Create("k", "t", "fr", DeliveryChannel.Postal, "X", "X\n1 rue A\n75001 Paris", new RenderedContent("s", "h", "t"), "Tests", null, null, Money.Euros(1.82m), now);
        var email = Message.Create("k2", "t", "fr", DeliveryChannel.Email, "X", "x@example.fr", new RenderedContent("s", "h", "t"), "Tests", null, null, null, now);

        Assert.True(email.RecordFailure("550 no such user", permanent: true, now, maxAttempts: 8, TimeSpan.FromSeconds(2)));
        Assert.False(email.MarkPosted(now));
        Assert.Equal(182, letter.CostCents);
        Assert.True(letter.MarkPosted(now));
        Assert.False(letter.MarkPosted(now));
    }

    [Theory]
    [InlineData("+33 6 12 34 56 78", "+33612345678")]
    [InlineData("06.12.34.56.78", "+33612345678")]
    [InlineData("0041 79 123 45 67", "+41791234567")]
    [InlineData("+41 (0)79 123 45 67", "+41791234567")]
    [InlineData("12345", null)]
    [InlineData("+33 6 12 34 56 7x", null)]
    [InlineData("", null)]
    public void Mobile_numbers_are_read_into_e164(string typed, string? expected) =>
        Assert.Equal(expected, PhoneNumber.TryParse(typed)?.Value);
}
