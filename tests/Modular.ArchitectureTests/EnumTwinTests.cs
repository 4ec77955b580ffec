using System.Reflection;
using Modular.ArchitectureTests.Rules;
using Modular.ClientPortal.Contracts;
using Modular.Identity.Contracts.Account;
using Modular.Notifications.Contracts;
using Modular.Sharing.Contracts;
using Modular.Vault.Contracts;

namespace Modular.ArchitectureTests;

/// <summary>Contracts enums and their Domain twins never drift apart: a value cast from one to the other keeps its meaning.</summary>
public sealed class EnumTwinTests
{
    private static readonly EnumTwin[] Twins =
    [
        new(typeof(Channel), EnumTwin.Internal("Notifications", "Domain", "Modular.Notifications.Domain.Messages.DeliveryChannel")),
        new(typeof(MessageStatus), EnumTwin.Internal("Notifications", "Domain", "Modular.Notifications.Domain.Messages.DeliveryStatus")),
        new(typeof(CaseFileHistoryKind), EnumTwin.Internal("Sharing", "Domain", "Modular.Sharing.Domain.CaseFiles.HistoryKind")),
        new(typeof(ShareKeyStatus), EnumTwin.Internal("Sharing", "Domain", "Modular.Sharing.Domain.ShareKeys.ShareKeyState")),
        new(typeof(DownloadLinkStatus), EnumTwin.Internal("Vault", "Domain", "Modular.Vault.Domain.Links.DownloadLinkState")),
        new(typeof(InvitationLinkChannel), EnumTwin.Internal("Vault", "Domain", "Modular.Vault.Domain.Invitations.LinkChannel")),
        new(typeof(InvitationCodeChannel), EnumTwin.Internal("Vault", "Domain", "Modular.Vault.Domain.Invitations.CodeChannel")),
        new(typeof(InvitationStatus), EnumTwin.Internal("Vault", "Domain", "Modular.Vault.Domain.Invitations.InvitationState")),
        new(typeof(JournalEntryKind), EnumTwin.Internal("Vault", "Domain", "Modular.Vault.Domain.Folders.JournalKind")),
        new(typeof(FolderAccessLevel), EnumTwin.Internal("Vault", "Domain", "Modular.Vault.Domain.Access.AccessLevel")),
        new(typeof(CollectionStatus), EnumTwin.Internal("Vault", "Domain", "Modular.Vault.Domain.Collections.CollectionState")),
        new(typeof(InsuranceLine), EnumTwin.Internal("ClientPortal", "Domain", "Modular.ClientPortal.Domain.Companies.Line")),
        new(typeof(PortalDocumentType), EnumTwin.Internal("ClientPortal", "Domain", "Modular.ClientPortal.Domain.Documents.DocumentKind")),
        new(typeof(ClientUserRole), EnumTwin.Internal("ClientPortal", "Domain", "Modular.ClientPortal.Domain.Companies.MemberRole")),
        new(typeof(PortalTextStatus), EnumTwin.Internal("ClientPortal", "Domain", "Modular.ClientPortal.Domain.Documents.TextStatus")),
        new(typeof(AccessRequestStatus), EnumTwin.Internal("ClientPortal", "Domain", "Modular.ClientPortal.Domain.Requests.RequestState")),
        new(typeof(PortalMessageTopic), EnumTwin.Internal("ClientPortal", "Domain", "Modular.ClientPortal.Domain.Messages.MessageTopic")),
        new(typeof(Modular.Portfolio.Contracts.EstablishmentStatus), EnumTwin.Internal("Portfolio", "Domain", "Modular.Portfolio.Domain.Establishments.EstablishmentStatus")),
        new(typeof(Modular.Portfolio.Contracts.DueDay), EnumTwin.Internal("Portfolio", "Domain", "Modular.Portfolio.Domain.Establishments.DueDay")),
        new(typeof(Modular.Portfolio.Contracts.DeclarationOutcome), EnumTwin.Internal("Portfolio", "Domain", "Modular.Portfolio.Domain.Deposits.DeclarationOutcome")),
        new(typeof(Modular.Portfolio.Contracts.FilingState), EnumTwin.Internal("Portfolio", "Domain", "Modular.Portfolio.Domain.Filings.FilingState")),
        new(typeof(Modular.Portfolio.Contracts.Responsibilities), EnumTwin.Internal("Portfolio", "Domain", "Modular.Portfolio.Domain.Profiles.Responsibilities")),
        new(typeof(Modular.Portfolio.Contracts.SeedingStatus), EnumTwin.Internal("Portfolio", "Domain", "Modular.Portfolio.Domain.Seeding.SeedingStatus")),
        new(typeof(Modular.Portfolio.Contracts.JournalEvent), EnumTwin.Internal("Portfolio", "Domain", "Modular.Portfolio.Domain.Journal.JournalEvent")),
        new(typeof(Modular.Delegation.Contracts.MandateRequestState), EnumTwin.Internal("Delegation", "Domain", "Modular.Delegation.Domain.Requests.MandateRequestStatus")),
        new(typeof(Modular.Delegation.Contracts.SignatureForm), EnumTwin.Internal("Delegation", "Domain", "Modular.Delegation.Domain.Signatures.SignatureKind")),
        new(typeof(Modular.Delegation.Contracts.RevokedBy), EnumTwin.Internal("Delegation", "Domain", "Modular.Delegation.Domain.Mandates.MandateRevoker")),
    ];

    /// <summary>Contracts enums that are no cast of an inner enum, and why.</summary>
    private static readonly Dictionary<Type, string> WithoutTwin = new()
    {
        // The sign-in handlers map SignInStatus to it case by case: failures are errors, not outcomes.
        [typeof(SignInOutcome)] = "mapped explicitly by the sign-in command handlers",
        [typeof(RegistrationOutcome)] = "returned as is by the registration command handler",

        // Kinds of an integration event, named for what the consumer sends; the Domain has none.
        [typeof(DownloadLinkNotice)] = "a notice event's kind, made by the Application",
        [typeof(CollectionEmail)] = "a collection email event's kind, made by the Application",
        [typeof(Modular.Delegation.Contracts.MandateNoticeKind)] = "a mandate notice event's kind, made by the Application",
    };

    [Fact]
    public void Every_Contracts_enum_has_the_names_and_values_of_its_Domain_twin() =>
        Assert.Empty(Twins.SelectMany(t => t.Differences()));

    [Fact]
    public void Every_Contracts_enum_is_paired_with_its_twin_or_said_to_have_none()
    {
        var enums = ModularSystem.Real.Modules
            .SelectMany(m => Assembly.Load($"Modular.{m}.Contracts").GetExportedTypes())
            .Where(t => t.IsEnum);

        Assert.Empty(enums.Where(e => !Twins.Any(t => t.Contract == e) && !WithoutTwin.ContainsKey(e)).Select(e => e.FullName));
    }

    [Fact]
    public void Twins_that_drift_are_reported()
    {
        var differences = new EnumTwin(typeof(ContractColour), typeof(InnerColour)).Differences();

        Assert.Equal(
            ["ContractColour.Blue is 2 but InnerColour.Blue is 3.", "ContractColour.Red has no twin in Modular.ArchitectureTests.EnumTwinTests+InnerColour.", "Modular.ArchitectureTests.EnumTwinTests+InnerColour.Rouge has no twin in ContractColour."],
            differences.Order(StringComparer.Ordinal));
        Assert.Empty(new EnumTwin(typeof(ContractColour), typeof(ContractColour)).Differences());
    }

    internal enum ContractColour
    {
        Red,
        Green,
        Blue,
    }

    internal enum InnerColour
    {
        Rouge,
        Green,
        Blue = 3,
    }
}
