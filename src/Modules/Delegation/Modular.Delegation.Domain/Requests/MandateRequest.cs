using Modular.Delegation.Domain.Signatures;
using Modular.SharedKernel.Delegation;
using Modular.SharedKernel.Domain;
using Modular.SharedKernel.Results;

namespace Modular.Delegation.Domain.Requests;

/// <summary>
/// « Vous devez remplir un formulaire par mandataire et par service en ligne »: one professional
/// (the mandator, an agent of their organisation) asks for one member of their staff (the
/// mandatary) to use one service in their name. The mandator fills and signs their part; the
/// mandatary fills the « section Utilisateur » (their own address, different from the mandator's)
/// and signs within <see cref="CompletionWindow"/>; the back office then approves or refuses it,
/// in order of receipt. Each step happens once. A party who signs digitally signs the form's PDF
/// as it stands (<see cref="DocumentToSign"/>, kept as signed) and gives the detached signature
/// afterwards; the mandatary's link goes out once the mandator's part is signed.
/// </summary>
internal sealed class MandateRequest : AggregateRoot<Guid>
{
    public const int NameMaxLength = 100;

    public const int ReasonMaxLength = 1000;

    public static readonly TimeSpan CompletionWindow = TimeSpan.FromDays(30);

    /// <summary>A mandate lasts at most a year; it can be renewed.</summary>
    public const int MaxMonths = 12;

    private MandateRequest(Guid id)
        : base(id)
    {
        ServiceCode = "";
        MandatorName = "";
        MandatorEmail = "";
        MandataryName = "";
        LinkEmail = "";
        Language = "fr";
    }

    public Guid OrganisationId { get; private set; }

    public Guid MandatorId { get; private set; }

    public string MandatorName { get; private set; }

    /// <summary>The mandator's own address, as compared (<see cref="MandateEmails.Normalise"/>): it receives the username.</summary>
    public string MandatorEmail { get; private set; }

    /// <summary>The <see cref="DelegableService.Code"/> the mandate is for.</summary>
    public string ServiceCode { get; private set; }

    public StaffCategory Category { get; private set; }

    public string MandataryName { get; private set; }

    /// <summary>Where the mandatary's link was sent (normalised); their own address comes with their part.</summary>
    public string LinkEmail { get; private set; }

    /// <summary>The SHA-256 (hex) of the link's secret: the link is the mandatary's only key to their part. None until the mandator's part is signed.</summary>
    public string? LinkHash { get; private set; }

    /// <summary>The mandator's language: the emails of the request are written in it.</summary>
    public string Language { get; private set; }

    /// <summary>The last day of the mandate, as the mandator asked.</summary>
    public DateOnly EndsOn { get; private set; }

    /// <summary>The mandatary's account, once approved.</summary>
    public Guid? MandataryId { get; private set; }

    /// <summary>The mandatary's own address, once they filled their part: it receives the temporary password.</summary>
    public string? MandataryEmail { get; private set; }

    /// <summary>None only while the mandator's digital signature is awaited (<see cref="MandateRequestStatus.AwaitingMandatorSignature"/>).</summary>
    public SignatureRecord? MandatorSignature { get; private set; }

    public SignatureRecord? MandatarySignature { get; private set; }

    /// <summary>
    /// The form's PDF a party is to sign digitally, as it was given them (its blob in the module's
    /// store): the mandator's while <see cref="MandateRequestStatus.AwaitingMandatorSignature"/>, the
    /// mandatary's once they chose to sign so. Their <c>.p7s</c> must be a signature of exactly these bytes.
    /// </summary>
    public string? DocumentToSign { get; private set; }

    public MandateRequestStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>When both parts were signed: the request's place in the back office's queue.</summary>
    public DateTimeOffset? ReceivedAt { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public Guid? DecidedBy { get; private set; }

    public string? RefusalReason { get; private set; }

    /// <summary>
    /// The mandator's part, signed: the service (which must let the category use it), the
    /// mandatary's name and category, the mandator's own address (already checked).
    /// </summary>
    public static Result<MandateRequest> Start(MandatorPart part, SignatureRecord signature, string linkHash, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(signature);
        ArgumentException.ThrowIfNullOrEmpty(linkHash);
        var started = Unsigned(part, now);
        if (started.IsSuccess)
        {
            (started.Value.MandatorSignature, started.Value.LinkHash) = (signature, linkHash);
        }

        return started;
    }

    /// <summary>
    /// The mandator's part, to be signed digitally: it waits for their <c>.p7s</c> of the PDF
    /// <paramref name="documentToSign"/> made of it (<see cref="SignAsMandator"/>); no link goes out before.
    /// </summary>
    public static Result<MandateRequest> StartUnsigned(MandatorPart part, DateTimeOffset now)
    {
        var started = Unsigned(part, now);
        if (started.IsSuccess)
        {
            started.Value.Status = MandateRequestStatus.AwaitingMandatorSignature;
        }

        return started;
    }

    /// <summary>The PDF a party is now to sign digitally, made of the request as it stands.</summary>
    public void AwaitSignatureOf(string documentBlobId)
    {
        ArgumentException.ThrowIfNullOrEmpty(documentBlobId);
        DocumentToSign = documentBlobId;
    }

    /// <summary>
    /// The mandator's digital signature of <see cref="DocumentToSign"/> (already verified): the
    /// mandatary's link goes out now. The <see cref="CompletionWindow"/> still counts from the
    /// request's start, as the signed PDF says.
    /// </summary>
    public Result SignAsMandator(SignatureRecord signature, string linkHash, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(signature);
        ArgumentException.ThrowIfNullOrEmpty(linkHash);
        var may = MandatorMaySign(now);
        if (may.IsFailure)
        {
            return may;
        }

        (MandatorSignature, LinkHash, DocumentToSign, Status) = (signature, linkHash, null, MandateRequestStatus.AwaitingMandatary);
        return Result.Success();
    }

    /// <summary>Whether the mandator's digital signature is still awaited (checked before their <c>.p7s</c> is read).</summary>
    public Result MandatorMaySign(DateTimeOffset now) => Status switch
    {
        _ when IsExpired(now) => DelegationErrors.RequestExpired,
        MandateRequestStatus.AwaitingMandatorSignature => Result.Success(),
        MandateRequestStatus.Cancelled => DelegationErrors.RequestClosed,
        _ => DelegationErrors.MandatorPartSigned,
    };

    /// <summary>
    /// The mandatary chose to sign digitally: their address (already checked) is kept with the PDF of
    /// the form as it now stands, which their <c>.p7s</c> must sign. They may still sign otherwise.
    /// </summary>
    public Result PrepareMandataryDigitalSignature(string mandataryEmail, string documentBlobId, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(documentBlobId);
        var open = MandataryPartOpen(mandataryEmail, now);
        if (open.IsSuccess)
        {
            (MandataryEmail, DocumentToSign) = (MandateEmails.Normalise(mandataryEmail), documentBlobId);
        }

        return open;
    }

    private static Result<MandateRequest> Unsigned(MandatorPart part, DateTimeOffset now)
    {
        if (Validate(part) is [var first, ..])
        {
            return first;
        }

        var service = part.Service;
        var name = part.MandataryName!.Trim();
        return new MandateRequest(Guid.CreateVersion7(now))
        {
            OrganisationId = part.OrganisationId,
            MandatorId = part.MandatorId,
            MandatorName = part.MandatorName,
            MandatorEmail = MandateEmails.Normalise(part.MandatorEmail),
            ServiceCode = service.Code,
            Category = part.Category,
            MandataryName = name,
            LinkEmail = MandateEmails.Normalise(part.LinkEmail),
            Language = part.Language,
            EndsOn = part.EndsOn!.Value,
            Status = MandateRequestStatus.AwaitingMandatary,
            CreatedAt = now,
            ExpiresAt = now + CompletionWindow,
        };
    }

    /// <summary>
    /// The checks of the mandator's part that need nothing but it, all of them (a form shows each
    /// refused field at once): the service lets the category use it, the mandatary is named, the end
    /// is within a year, the link goes to another address than the mandator's.
    /// </summary>
    public static IReadOnlyList<Error> Validate(MandatorPart part)
    {
        ArgumentNullException.ThrowIfNull(part);
        var errors = new List<Error>();
        if (!part.Service.Allows(part.Category))
        {
            errors.Add(DelegationErrors.ServiceNotForCategory(part.Service.Code));
        }

        errors.AddRange(ValidateWithoutService(part.MandataryName, part.EndsOn, part.Today));

        if (MandateEmails.Differ(part.MandatorEmail, part.LinkEmail, "LinkEmail") is { IsFailure: true } same)
        {
            errors.Add(same.Error!);
        }

        return errors;
    }

    /// <summary>The mandatary's name and the mandate's end, checked alone (a part whose service is missing).</summary>
    public static IReadOnlyList<Error> ValidateWithoutService(string? mandataryName, DateOnly? endsOn, DateOnly today)
    {
        var errors = new List<Error>();
        if ((mandataryName?.Trim() ?? "").Length is 0 or > NameMaxLength)
        {
            errors.Add(DelegationErrors.MandataryNameInvalid);
        }

        if (!EndIsValid(endsOn, today))
        {
            errors.Add(DelegationErrors.EndDateInvalid);
        }

        return errors;
    }

    /// <summary>Past its window without both parts signed.</summary>
    public bool IsExpired(DateTimeOffset now) => Status == MandateRequestStatus.Expired || (AwaitsSignature && now >= ExpiresAt);

    /// <summary>A part is still to sign: the mandator's (digitally) or the mandatary's.</summary>
    private bool AwaitsSignature => Status is MandateRequestStatus.AwaitingMandatary or MandateRequestStatus.AwaitingMandatorSignature;

    /// <summary>
    /// The « section Utilisateur », signed: the mandatary's own address (already checked), which must
    /// differ from the mandator's. Once only, and only within the window.
    /// </summary>
    public Result CompleteMandataryPart(string mandataryEmail, SignatureRecord signature, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var open = MandataryPartOpen(mandataryEmail, now);
        if (open.IsFailure)
        {
            return open;
        }

        (MandataryEmail, MandatarySignature, DocumentToSign) = (MandateEmails.Normalise(mandataryEmail), signature, null);
        (Status, ReceivedAt) = (MandateRequestStatus.AwaitingReview, now);
        return Result.Success();
    }

    private Result MandataryPartOpen(string mandataryEmail, DateTimeOffset now)
    {
        if (IsExpired(now))
        {
            return DelegationErrors.RequestExpired;
        }

        if (Status != MandateRequestStatus.AwaitingMandatary)
        {
            return DelegationErrors.MandataryPartDone;
        }

        return MandateEmails.Differ(MandatorEmail, mandataryEmail, "MandataryEmail");
    }

    /// <summary>Whether a mandate may end on <paramref name="endsOn"/>: after <paramref name="today"/>, within <see cref="MaxMonths"/> months.</summary>
    public static bool EndIsValid(DateOnly? endsOn, DateOnly today) => endsOn is { } end && end > today && end <= today.AddMonths(MaxMonths);

    /// <summary>Approved, for the mandatary's account: the mandate it gives starts now and ends at the end of <see cref="EndsOn"/>.</summary>
    public Result Approve(Guid by, Guid mandataryId, DateTimeOffset now)
    {
        var decided = Decide(MandateRequestStatus.Approved, by, null, now);
        if (decided.IsSuccess)
        {
            MandataryId = mandataryId;
        }

        return decided;
    }

    /// <summary>Refused with a reason both parties read.</summary>
    public Result Refuse(Guid by, string? reason, DateTimeOffset now)
    {
        var trimmed = reason?.Trim() ?? "";
        return trimmed.Length is 0 or > ReasonMaxLength ? DelegationErrors.RefusalReasonRequired : Decide(MandateRequestStatus.Refused, by, trimmed, now);
    }

    /// <summary>Marks a request whose window passed (the sweep); false when it was no longer waiting.</summary>
    public bool Expire(DateTimeOffset now)
    {
        if (!AwaitsSignature || now < ExpiresAt)
        {
            return false;
        }

        Status = MandateRequestStatus.Expired;
        return true;
    }

    /// <summary>Withdrawn by the mandator while not yet decided.</summary>
    public Result Cancel()
    {
        if (!AwaitsSignature && Status != MandateRequestStatus.AwaitingReview)
        {
            return DelegationErrors.RequestClosed;
        }

        Status = MandateRequestStatus.Cancelled;
        return Result.Success();
    }

    /// <summary>The status as people read it: a request past its window is expired even before the sweep marks it.</summary>
    public MandateRequestStatus StatusAt(DateTimeOffset now) => IsExpired(now) ? MandateRequestStatus.Expired : Status;

    /// <summary>Whether it still holds its place: a second request for the same mandatary and service is refused meanwhile.</summary>
    public bool IsPending(DateTimeOffset now) => Status == MandateRequestStatus.AwaitingReview || (AwaitsSignature && !IsExpired(now));

    private Result Decide(MandateRequestStatus outcome, Guid by, string? reason, DateTimeOffset now)
    {
        if (Status != MandateRequestStatus.AwaitingReview)
        {
            return DelegationErrors.RequestNotInQueue;
        }

        (Status, DecidedBy, DecidedAt, RefusalReason) = (outcome, by, now, reason);
        return Result.Success();
    }
}
