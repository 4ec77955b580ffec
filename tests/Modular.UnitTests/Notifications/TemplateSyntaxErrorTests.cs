using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Modular.Host;
using Modular.Notifications.Application;
using Modular.Notifications.Contracts;
using Modular.Notifications.Domain.Templates;
using Modular.Notifications.Infrastructure.Templates;
using Modular.SharedKernel.Results;

namespace Modular.UnitTests.Notifications;

/// <summary>
/// A broken template is told by kind, at the line and column where the admin must look (the
/// opening of a block left open, not the end of the template where the parser noticed it), in
/// French or English, with the parser's own text kept for the technical detail.
/// </summary>
public sealed class TemplateSyntaxErrorTests
{
    private static readonly IStringLocalizer Localizer = new ResourceManagerStringLocalizerFactory(
            Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance)
        .Create(typeof(SharedResource));

    [Fact]
    public void An_if_without_end_is_placed_at_its_tag_and_read_in_French_and_English()
    {
        const string Html = "<p>Bonjour {{ recipient_name }},</p>\n<p>Votre dossier est prêt.</p>\n<p>Suivi : {{ if note }}{{ note }}</p>\n<p>Cordialement</p>";

        var error = Assert.Single(ScribanSyntaxErrors.Read("html", Html));

        Assert.Equal(("html", 3, 12, TemplateErrorKind.UnclosedBlock, "if"), (error.Part, error.Line, error.Column, error.Kind, error.Token));
        Assert.Contains("<end> statement was not found", error.ParserMessage, StringComparison.Ordinal);
        var cause = NotificationsErrors.TemplateInvalid([error]).FieldCauses["html"].Single()!;
        Assert.Equal("Ligne 3, colonne 12 : une balise {{ if }} n'est pas fermée par {{ end }}.", In("fr-FR", cause));
        Assert.Equal("Line 3, column 12: a {{ if }} tag is not closed by {{ end }}.", In("en-GB", cause));
        Assert.Equal(error.ParserMessage, cause.Extensions[NotificationsErrorCodes.ParserMessageExtension]);
        Assert.Equal(cause.Message, In("fr-FR", cause));
    }

    [Fact]
    public void Blocks_left_open_are_each_placed_at_their_opening_and_an_else_names_its_if()
    {
        var nested = ScribanSyntaxErrors.Read("text", "{{ for item in items }}\n- {{ if item.done }}fait{{ end }}\n  {{ if other }}\nfin");
        var withElse = ScribanSyntaxErrors.Read("text", "Bonjour\n{{ if note }}\n{{ note }}\n{{ else }}\nRien");

        Assert.Equal([(1, 1, "for"), (3, 3, "if")], nested.Select(e => (e.Line, e.Column, e.Token)));
        Assert.All(nested, e => Assert.Equal(TemplateErrorKind.UnclosedBlock, e.Kind));
        var error = Assert.Single(withElse);
        Assert.Equal((2, 1, TemplateErrorKind.UnclosedBlock, "if"), (error.Line, error.Column, error.Kind, error.Token));
    }

    [Fact]
    public void An_end_that_closes_nothing_is_placed_at_its_tag()
    {
        var error = Assert.Single(ScribanSyntaxErrors.Read("text", "Bonjour\n{{ note }}\n  {{ end }}"));

        Assert.Equal((3, 3, TemplateErrorKind.UnmatchedEnd), (error.Line, error.Column, error.Kind));
        Assert.Equal("Ligne 3, colonne 3 : cette balise {{ end }} ne ferme aucun bloc ouvert.", In("fr-FR", Cause(error)));
    }

    [Fact]
    public void An_else_outside_a_block_is_told_once_as_misplaced()
    {
        var error = Assert.Single(ScribanSyntaxErrors.Read("text", "Bonjour\n  {{ else }}x"));

        Assert.Equal((2, 6, TemplateErrorKind.MisplacedElse), (error.Line, error.Column, error.Kind));
        Assert.Equal("Line 2, column 6: an {{ else }} tag must follow an {{ if }}, a {{ when }} or a {{ for }}.", In("en-GB", Cause(error)));
    }

    [Fact]
    public void A_quoted_text_left_open_is_placed_at_its_opening_quote_once()
    {
        var error = Assert.Single(ScribanSyntaxErrors.Read("subject", "Votre dossier\n{{ \"Bonjour \\\" }} et la suite"));

        Assert.Equal((2, 4, TemplateErrorKind.UnterminatedString, "\""), (error.Line, error.Column, error.Kind, error.Token));
        Assert.Equal("Ligne 2, colonne 4 : le texte entre guillemets qui commence ici n'est jamais refermé (il manque un \" fermant).", In("fr-FR", Cause(error)));
    }

    [Fact]
    public void A_bracket_left_open_says_which_closing_one_is_missing()
    {
        var error = Assert.Single(ScribanSyntaxErrors.Read("html", "<p>{{ (montant + 1 }}</p>"));

        Assert.Equal((1, 20, TemplateErrorKind.MissingClosingBracket, ")"), (error.Line, error.Column, error.Kind, error.Token));
        Assert.Equal("Ligne 1, colonne 20 : il manque un « ) » fermant.", In("fr-FR", Cause(error)));
    }

    [Fact]
    public void An_unexpected_symbol_is_named()
    {
        var error = Assert.Single(ScribanSyntaxErrors.Read("text", "Bonjour\n{{ name ) }}"));

        Assert.Equal((2, 9, TemplateErrorKind.UnexpectedToken, ")"), (error.Line, error.Column, error.Kind, error.Token));
        Assert.Equal("Line 2, column 9: “)” is not expected here.", In("en-GB", Cause(error)));
    }

    [Fact]
    public void An_operator_without_its_value_is_an_incomplete_expression()
    {
        var error = Assert.Single(ScribanSyntaxErrors.Read("text", "Bonjour {{ name + }}"));

        Assert.Equal((1, 19, TemplateErrorKind.InvalidExpression), (error.Line, error.Column, error.Kind));
        Assert.Equal("Ligne 1, colonne 19 : l'expression est incomplète ; une valeur ou un nom de variable est attendu à cet endroit.", In("fr-FR", Cause(error)));
    }

    [Fact]
    public void Another_mistake_falls_back_to_the_general_text_with_its_place()
    {
        var error = Assert.Single(ScribanSyntaxErrors.Read("text", "Liste :\n{{ for in items }}x{{ end }}"));

        Assert.Equal((2, 4, TemplateErrorKind.Syntax), (error.Line, error.Column, error.Kind));
        Assert.Equal("Ligne 2, colonne 4 : la syntaxe du modèle est incorrecte.", In("fr-FR", Cause(error)));
        Assert.Equal("Line 2, column 4: the template's syntax is not valid.", In("en-GB", Cause(error)));
    }

    [Fact]
    public void A_template_that_parses_has_no_error() =>
        Assert.Empty(ScribanSyntaxErrors.Read("html", "<p>{{ if note }}{{ note | string.upcase }}{{ else }}-{{ end }}</p>\n{{ for i in 1..3 }}{{ i }}{{ end }}"));

    private static Error Cause(TemplateError error) => NotificationsErrors.TemplateInvalid([error]).FieldCauses[error.Part].Single()!;

    private static string In(string culture, Error error)
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return Localizer.Describe(error);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (previous, previousUi);
        }
    }
}
