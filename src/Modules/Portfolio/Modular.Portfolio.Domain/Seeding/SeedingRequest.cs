using Modular.Portfolio.Domain.Establishments;
using Modular.SharedKernel.Domain;
using Modular.SharedKernel.Results;

namespace Modular.Portfolio.Domain.Seeding;

/// <summary>
/// « Demande d'amorçage »: the firm asks an establishment's partner social-protection group for the
/// data of its personal-insurance contracts. Sent to the group's contact address; the administrator
/// records the answer (accepted or refused) the group gives; a request left without an answer is
/// reminded once, <see cref="ReminderAfter"/> after it was sent. One request is open at a time per
/// establishment, and an accepted one is not asked again of the same group.
/// </summary>
internal sealed class SeedingRequest : AggregateRoot<Guid>
{
    public static readonly TimeSpan ReminderAfter = TimeSpan.FromDays(10);

    private SeedingRequest(Guid id)
        : base(id)
    {
        Siret = "";
        PartnerGroup = "";
        ContactEmail = "";
    }

    public Guid FirmId { get; private set; }

    public Guid EstablishmentId { get; private set; }

    public string Siret { get; private set; }

    /// <summary>The partner group's code when it was asked.</summary>
    public string PartnerGroup { get; private set; }

    /// <summary>The address it was sent to (the group's, as configured then).</summary>
    public string ContactEmail { get; private set; }

    public SeedingStatus Status { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public Guid? RequestedBy { get; private set; }

    public DateTimeOffset? RemindedAt { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public Guid? AnsweredBy { get; private set; }

    /// <summary>
    /// A new request for the establishment, to its partner group at <paramref name="contactEmail"/>;
    /// refused while <paramref name="latest"/> (its last request) awaits an answer, or when that group
    /// already accepted.
    /// </summary>
    public static Result<SeedingRequest> Ask(Establishment establishment, SeedingRequest? latest, string? contactEmail, Guid? by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(establishment);
        if (establishment.RemovedAt is not null)
        {
            return PortfolioErrors.EstablishmentRemoved;
        }

        if (establishment.PartnerGroup is not { } partner)
        {
            return PortfolioErrors.SeedingPartnerRequired;
        }

        if (latest is { Status: SeedingStatus.Requested })
        {
            return PortfolioErrors.SeedingAlreadyRequested;
        }

        if (latest is { Status: SeedingStatus.Accepted } accepted && accepted.PartnerGroup == partner)
        {
            return PortfolioErrors.SeedingAlreadyAccepted;
        }

        if (string.IsNullOrWhiteSpace(contactEmail))
        {
            return PortfolioErrors.SeedingContactMissing(partner);
        }

        return new SeedingRequest(Guid.CreateVersion7(now))
        {
            FirmId = establishment.FirmId,
            EstablishmentId = establishment.Id,
            Siret = establishment.Siret,
            PartnerGroup = partner,
            ContactEmail = contactEmail.Trim(),
            Status = SeedingStatus.Requested,
            RequestedAt = now,
            RequestedBy = by,
        };
    }

    /// <summary>The partner group's answer, as the administrator records it; only once.</summary>
    public Result Answer(bool accepted, Guid? by, DateTimeOffset now)
    {
        if (Status != SeedingStatus.Requested)
        {
            return PortfolioErrors.SeedingAlreadyAnswered;
        }

        Status = accepted ? SeedingStatus.Accepted : SeedingStatus.Refused;
        (AnsweredAt, AnsweredBy) = (now, by);
        return Result.Success();
    }

    /// <summary>Still unanswered <see cref="ReminderAfter"/> after it was sent, and not reminded yet.</summary>
    public bool ReminderDue(DateTimeOffset now) => Status == SeedingStatus.Requested && RemindedAt is null && now >= RequestedAt + ReminderAfter;
}
