using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Modular.Host;
using Modular.SharedKernel.Results;
using Modular.Sharing.Domain.ShareKeys;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Links;

namespace Modular.UnitTests.Host;

/// <summary>An error reads in the reader's language, with its values written the way that language writes them.</summary>
public sealed class ErrorTextsTests
{
    private static readonly IStringLocalizer Localizer = new ResourceManagerStringLocalizerFactory(
            Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance)
        .Create(typeof(SharedResource));

    [Fact]
    public void A_file_over_the_limit_is_told_with_the_size_in_each_languages_units()
    {
        var error = VaultErrors.FileTooLarge("scan.pdf", 1536);

        Assert.Equal("« scan.pdf » dépasse la taille autorisée de 1,5 Ko par fichier.", In("fr-FR", error));
        Assert.Equal("“scan.pdf” is over the allowed size of 1.5 KB per file.", In("en-GB", error));
    }

    [Fact]
    public void A_code_of_the_wrong_length_says_how_long_it_was_in_English_too()
    {
        var error = SixDigitCode.Parse("1234").Error!;

        Assert.Equal("code-malformed", error.Code);
        Assert.Equal("Le code compte 6 chiffres ; celui-ci en compte 4.", In("fr-FR", error));
        Assert.Equal("The code has 6 digits; this one has 4.", In("en-GB", error));
    }

    [Fact]
    public void A_malformed_share_key_says_what_is_wrong_with_it_in_English()
    {
        var error = ShareKeyText.Parse("ABCD").Error!;

        Assert.Equal("A share key has 28 characters (7 groups of 4); this one has 4. Check that it was copied in full.", In("en-GB", error));
    }

    [Fact]
    public void A_code_without_a_text_falls_back_to_the_errors_own_message() =>
        Assert.Equal("Rien.", In("en-GB", Error.Invalid("no-such-code", "Rien.")));

    [Fact]
    public void The_French_default_message_is_the_French_text_for_the_same_values()
    {
        var error = VaultErrors.FolderNameTaken("Bilans 2025");

        Assert.Equal(error.Message, In("fr-FR", error));
        Assert.Equal("A folder “Bilans 2025” already exists in your vault.", In("en-GB", error));
    }

    [Theory]
    [InlineData(1, "Code incorrect : il vous reste 1 essai avant que le lien soit bloqué.", "Wrong code: 1 attempt left before the link is blocked.")]
    [InlineData(4, "Code incorrect : il vous reste 4 essais avant que le lien soit bloqué.", "Wrong code: 4 attempts left before the link is blocked.")]
    public void Attempts_left_are_counted_in_each_languages_singular_or_plural(int left, string french, string english)
    {
        var error = VaultErrors.CodeInvalid(left);

        Assert.Equal(french, In("fr-FR", error));
        Assert.Equal(english, In("en-GB", error));
        Assert.Equal(error.Message, In("fr-FR", error));
    }

    [Theory]
    [InlineData(30, "réessayez dans 1 minute.", "try again in 1 minute.")]
    [InlineData(150, "réessayez dans 3 minutes.", "try again in 3 minutes.")]
    public void A_wait_says_minute_or_minutes(int seconds, string french, string english)
    {
        var error = VaultErrors.CodeThrottled(TimeSpan.FromSeconds(seconds));

        Assert.EndsWith(french, In("fr-FR", error), StringComparison.Ordinal);
        Assert.EndsWith(english, In("en-GB", error), StringComparison.Ordinal);
        Assert.Equal(error.Message, In("fr-FR", error));
    }

    [Fact]
    public void A_count_that_is_not_the_first_value_still_picks_the_form()
    {
        Assert.StartsWith("« Carte d'identité » a déjà reçu son fichier :", In("fr-FR", VaultErrors.CollectionItemFull("Carte d'identité", 1)), StringComparison.Ordinal);
        Assert.StartsWith("“ID card” has already received 5 files:", In("en-GB", VaultErrors.CollectionItemFull("ID card", 5)), StringComparison.Ordinal);
        Assert.Equal("Le dossier a changé depuis votre confirmation : il contient maintenant 1 document. Vérifiez-le puis confirmez de nouveau.", In("fr-FR", VaultErrors.FolderChanged(1)));
        Assert.Equal("The folder has changed since you confirmed: it now holds 0 documents. Check it, then confirm again.", In("en-GB", VaultErrors.FolderChanged(0)));
    }

    [Fact]
    public async Task A_validators_coded_refusal_reads_in_English_and_an_uncoded_one_keeps_its_text()
    {
        var behavior = new Modular.Host.Pipeline.ValidationBehavior<Refusable, Result>([new RefuseBoth()]);

        var error = (await behavior.Handle(new Refusable(), CancellationToken.None, () => Task.FromResult(Result.Success()))).Error!;

        Assert.Equal(["Cette adresse de courriel n'est pas valide.", "Texte libre."], error.FieldErrors["RecipientEmail"]);
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");
        try
        {
            Assert.Equal(["This email address is not valid.", "Texte libre."], Localizer.FieldMessages(error, "RecipientEmail", error.FieldErrors["RecipientEmail"]));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (previous, previousUi);
        }
    }

    internal sealed record Refusable : Modular.SharedKernel.Messaging.ICommand;

    private sealed class RefuseBoth : Modular.SharedKernel.Messaging.IValidator<Refusable>
    {
        public IEnumerable<Modular.SharedKernel.Messaging.ValidationFailure> Validate(Refusable request)
        {
            yield return Modular.SharedKernel.Messaging.ValidationFailure.Of("RecipientEmail", VaultErrors.RecipientEmailInvalid);
            yield return new Modular.SharedKernel.Messaging.ValidationFailure("RecipientEmail", "Texte libre.");
        }
    }

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
