using System.Globalization;
using System.Security.Cryptography;
using MediatR;
using Modular.Identity.Contracts.Account;
using Modular.Notifications.Contracts;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Vault.Application.Access;
using Modular.Vault.Application.Folders;
using Modular.Vault.Application.Links;
using Modular.Vault.Application.People;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Access;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.Invitations;
using Modular.Vault.Domain.Links;
using Modular.Vault.Domain.People;

namespace Modular.Vault.Application.Invitations;

internal sealed class InvitePersonCommandHandler(IVaultRepository repository, ICurrentUser user, IMediator mediator, InvitationSender sender, TimeProvider time)
    : IRequestHandler<InvitePersonCommand, Result<InvitationSentDto>>
{
    public async Task<Result<InvitationSentDto>> Handle(InvitePersonCommand request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId
            || await repository.FindAsync(new PersonOfOrganisationSpec(request.PersonId, organisationId), cancellationToken) is not { } person)
        {
            return VaultErrors.PersonNotFound;
        }

        Folder? folder = null;
        if (request.FolderId is { } folderId
            && (folder = await repository.FindAsync(new FolderOfOrganisationSpec(folderId, organisationId), cancellationToken)) is null)
        {
            return VaultErrors.FolderNotFound;
        }

        if (person.LinkedUserId is not null)
        {
            return VaultErrors.AlreadyMember;
        }

        var now = time.GetUtcNow();
        if ((await repository.ListAsync(new InvitationsOfPersonSpec(person.Id), cancellationToken)).Any(i => i.StateAt(now) == InvitationState.Sent))
        {
            return VaultErrors.InvitationPending;
        }

        // Checked before anything is written: an unreachable person gets nothing half-made.
        var agent = await mediator.Send(new GetMyAccountQuery(), cancellationToken);
        var invitation = Invitation.Create(person, request.Comment, user.RequireUserId(), agent.IsSuccess ? agent.Value.Email : null, now);
        if (invitation.IsFailure)
        {
            return invitation.Error!;
        }

        if (folder is not null)
        {
            var granted = await AccessGrants.GiveAsync(repository, folder, person, (AccessLevel)request.Level, user.RequireUserId(), now, cancellationToken);
            if (granted.IsFailure)
            {
                return granted.Error!;
            }
        }

        await HomePages.EnsureAsync(repository, person, user.RequireUserId(), now, cancellationToken);
        var issued = sender.Issue(invitation.Value, now, isReminder: false);
        repository.Add(invitation.Value);
        var saved = await repository.SaveChangesAsync(cancellationToken);
        return saved.IsFailure ? saved.Error! : await sender.SendAsync(invitation.Value, person, issued, agent.IsSuccess ? agent.Value.DisplayName : "", request.Culture, request.PublicBaseUrl, cancellationToken);
    }
}

internal sealed class RemindInvitationCommandHandler(IVaultRepository repository, ICurrentUser user, IMediator mediator, InvitationSender sender, TimeProvider time)
    : IRequestHandler<RemindInvitationCommand, Result<InvitationSentDto>>
{
    public async Task<Result<InvitationSentDto>> Handle(RemindInvitationCommand request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId
            || await repository.FindAsync(new InvitationOfOrganisationSpec(request.InvitationId, organisationId), cancellationToken) is not { } invitation
            || await repository.FindAsync(new PersonOfOrganisationSpec(invitation.PersonId, organisationId), cancellationToken) is not { } person)
        {
            return VaultErrors.InvitationNotFound;
        }

        var now = time.GetUtcNow();
        if (invitation.ReminderRefusal(now) is { } refusal)
        {
            return refusal;
        }

        var issued = sender.Issue(invitation, now, isReminder: true);
        var saved = await repository.SaveChangesAsync(cancellationToken);
        if (saved.IsFailure)
        {
            return saved.Error!;
        }

        var agent = await mediator.Send(new GetMyAccountQuery(), cancellationToken);
        return await sender.SendAsync(invitation, person, issued, agent.IsSuccess ? agent.Value.DisplayName : "", request.Culture, request.PublicBaseUrl, cancellationToken);
    }
}

internal sealed class CancelInvitationCommandHandler(IVaultRepository repository, ICurrentUser user, TimeProvider time) : IRequestHandler<CancelInvitationCommand, Result>
{
    public async Task<Result> Handle(CancelInvitationCommand request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId
            || await repository.FindAsync(new InvitationOfOrganisationSpec(request.InvitationId, organisationId), cancellationToken) is not { } invitation)
        {
            return VaultErrors.InvitationNotFound;
        }

        if (invitation.AcceptedAt is not null)
        {
            return VaultErrors.InvitationAccepted;
        }

        invitation.Cancel(time.GetUtcNow());
        return await repository.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>A person who already has an account is given access at once with their personal identification code.</summary>
internal sealed class GrantByPersonalCodeCommandHandler(IVaultRepository repository, ICurrentUser user, IMediator mediator, TimeProvider time)
    : IRequestHandler<GrantByPersonalCodeCommand, Result>
{
    public async Task<Result> Handle(GrantByPersonalCodeCommand request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId
            || await repository.FindAsync(new PersonOfOrganisationSpec(request.PersonId, organisationId), cancellationToken) is not { } person)
        {
            return VaultErrors.PersonNotFound;
        }

        if (person.LinkedUserId is not null)
        {
            return VaultErrors.AlreadyMember;
        }

        if (string.IsNullOrWhiteSpace(request.PersonalCode))
        {
            return VaultErrors.PersonalCodeMissing;
        }

        var account = await mediator.Send(new FindAccountByPersonalCodeQuery(request.PersonalCode), cancellationToken);
        if (account.IsFailure || !account.Value.IsActive)
        {
            return account.IsFailure && account.Error!.Kind != ErrorKind.NotFound ? account.Error : VaultErrors.PersonalCodeUnknown;
        }

        if (await repository.FindAsync(new PersonLinkedToSpec(organisationId, account.Value.Id), cancellationToken) is not null)
        {
            return VaultErrors.AccountAlreadyLinked;
        }

        var linked = person.LinkAccount(account.Value.Id);
        if (linked.IsFailure)
        {
            return linked;
        }

        var now = time.GetUtcNow();
        foreach (var pending in (await repository.ListAsync(new InvitationsOfPersonSpec(person.Id), cancellationToken)).Where(i => i.StateAt(now) == InvitationState.Sent))
        {
            pending.Cancel(now);
        }

        await HomePages.EnsureAsync(repository, person, user.RequireUserId(), now, cancellationToken);
        return await repository.SaveChangesAsync(cancellationToken);
    }
}

internal sealed class GetInvitationQueryHandler(IVaultRepository repository, TimeProvider time) : IRequestHandler<GetInvitationQuery, Result<InvitationPreviewDto>>
{
    public async Task<Result<InvitationPreviewDto>> Handle(GetInvitationQuery request, CancellationToken cancellationToken)
    {
        if (LinkTokens.HashOf(request.Token) is not { } hash
            || await repository.FindAsync(new InvitationByTokenHashSpec(hash), cancellationToken) is not { } invitation
            || await repository.FindAsync(new PersonOfOrganisationSpec(invitation.PersonId, invitation.OrganisationId), cancellationToken) is not { } person)
        {
            return VaultErrors.InvitationUnknown;
        }

        return new InvitationPreviewDto(invitation.OrganisationName, person.DisplayName, person.Email, (InvitationStatus)invitation.StateAt(time.GetUtcNow()), invitation.AttemptsLeft, invitation.ExpiresAt);
    }
}

/// <summary>
/// The validation code of an invitation: wrong ones count (the fifth locks it) and count per address;
/// the right one opens a 30-minute session for the same browser to sign in or create an account.
/// </summary>
internal sealed class VerifyInvitationCodeCommandHandler(IVaultRepository repository, ICodeHasher codes, TimeProvider time)
    : IRequestHandler<VerifyInvitationCodeCommand, Result<string>>
{
    public async Task<Result<string>> Handle(VerifyInvitationCodeCommand request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var address = AddressFailures.Normalise(request.RemoteAddress);
        if (await AddressFailures.RefusalAsync(repository, address, now, cancellationToken) is { } throttled)
        {
            return throttled;
        }

        if (LinkTokens.HashOf(request.Token) is not { } hash || await repository.FindAsync(new InvitationByTokenHashSpec(hash), cancellationToken) is not { } invitation)
        {
            await AddressFailures.CountAsync(repository, address, now, VaultErrorCodes.InvitationUnknown, cancellationToken);
            return VaultErrors.InvitationUnknown;
        }

        if (invitation.CodeRefusal(now) is { } refusal)
        {
            return refusal;
        }

        var code = SixDigitCode.Parse(request.Code);
        if (code.IsFailure)
        {
            await AddressFailures.CountAsync(repository, address, now, VaultErrorCodes.CodeMalformed, cancellationToken);
            return code.Error!;
        }

        if (!CryptographicOperations.FixedTimeEquals(codes.Hash(invitation.Id, code.Value), invitation.CodeHash))
        {
            await AddressFailures.CountAsync(repository, address, now, VaultErrorCodes.CodeInvalid, cancellationToken);
            var left = await repository.RecordWrongInvitationCodeAsync(invitation.Id, cancellationToken);
            return left > 0 ? VaultErrors.InvitationCodeInvalid(left) : VaultErrors.InvitationLocked;
        }

        var (session, sessionHash) = LinkTokens.New();
        invitation.OpenSession(sessionHash, now);
        var saved = await repository.SaveChangesAsync(cancellationToken);
        return saved.IsFailure ? saved.Error! : session;
    }
}

internal sealed class CheckInvitationSessionQueryHandler(IVaultRepository repository, TimeProvider time) : IRequestHandler<CheckInvitationSessionQuery, Result<bool>>
{
    public async Task<Result<bool>> Handle(CheckInvitationSessionQuery request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (LinkTokens.HashOf(request.Token) is not { } hash || await repository.FindAsync(new InvitationByTokenHashSpec(hash), cancellationToken) is not { } invitation)
        {
            return VaultErrors.InvitationUnknown;
        }

        if (invitation.CodeRefusal(now) is { } refusal)
        {
            return refusal;
        }

        return LinkTokens.HashOf(request.SessionToken) is { } session && invitation.SessionIsOpen(session, now) ? true : VaultErrors.InvitationSessionClosed;
    }
}

/// <summary>Links the person to the signed-in account, once: their rights on the vault then apply.</summary>
internal sealed class AcceptInvitationCommandHandler(IVaultRepository repository, ICurrentUser user, IMediator mediator, TimeProvider time) : IRequestHandler<AcceptInvitationCommand, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(AcceptInvitationCommand request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (LinkTokens.HashOf(request.Token) is not { } hash
            || await repository.FindAsync(new InvitationByTokenHashSpec(hash), cancellationToken) is not { } invitation
            || await repository.FindAsync(new PersonOfOrganisationSpec(invitation.PersonId, invitation.OrganisationId), cancellationToken) is not { } person)
        {
            return VaultErrors.InvitationUnknown;
        }

        if (invitation.CodeRefusal(now) is { } refusal)
        {
            return refusal;
        }

        if (LinkTokens.HashOf(request.SessionToken) is not { } session || !invitation.SessionIsOpen(session, now))
        {
            return VaultErrors.InvitationSessionClosed;
        }

        var userId = user.RequireUserId();
        if (await repository.FindAsync(new PersonLinkedToSpec(invitation.OrganisationId, userId), cancellationToken) is { } other && other.Id != person.Id)
        {
            return VaultErrors.AccountAlreadyLinked;
        }

        var linked = person.LinkAccount(userId);
        if (linked.IsFailure)
        {
            return linked.Error!;
        }

        if (!await repository.TryAcceptAsync(invitation.Id, session, userId, now, cancellationToken))
        {
            return VaultErrors.InvitationAccepted;
        }

        var home = await HomePages.EnsureAsync(repository, person, invitation.CreatedBy, now, cancellationToken);
        repository.Append(new JournalEntry(home.Id, now, JournalKind.InvitationAccepted, userId, person.DisplayName));
        var saved = await repository.SaveChangesAsync(cancellationToken);
        if (saved.IsFailure)
        {
            return saved.Error!;
        }

        await TellInviterAsync(invitation, person, now, cancellationToken);
        return home.Id;
    }

    /// <summary>The agent who invited learns that the person is in (the Invite tab says so too).</summary>
    private async Task TellInviterAsync(Invitation invitation, Person person, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (invitation.CreatedByEmail is null)
        {
            return;
        }

        await mediator.Send(
            new SendMessageCommand(
                "vault.invitation-accepted",
                "fr",
                Channel.Email,
                new RecipientDto(null, invitation.CreatedByEmail),
                new Dictionary<string, string>
                {
                    ["person_name"] = person.DisplayName,
                    ["organisation_name"] = invitation.OrganisationName,
                    ["at"] = now.ToString("d MMMM yyyy à HH:mm 'UTC'", CultureInfo.GetCultureInfo("fr-FR")),
                },
                "Vault",
                invitation.Id.ToString(),
                invitation.OrganisationId,
                $"vault.invitation-accepted:{invitation.Id}"),
            cancellationToken);
    }
}

/// <summary>The vaults the caller was invited into, with what they reach in each.</summary>
internal sealed class ListMyVaultsQueryHandler(IVaultRepository repository, ICurrentUser user, FolderAccess access) : IRequestHandler<ListMyVaultsQuery, Result<IReadOnlyList<SharedVaultDto>>>
{
    public async Task<Result<IReadOnlyList<SharedVaultDto>>> Handle(ListMyVaultsQuery request, CancellationToken cancellationToken)
    {
        if (user.UserId is not { } userId)
        {
            return Result<IReadOnlyList<SharedVaultDto>>.Success([]);
        }

        var people = await repository.ListAsync(new PeopleLinkedToSpec(userId), cancellationToken);
        var folders = await access.ListAsync(cancellationToken);
        var vaults = new List<SharedVaultDto>();
        foreach (var person in people.OrderBy(p => p.OrganisationName, StringComparer.CurrentCultureIgnoreCase))
        {
            var totals = await repository.FolderTotalsAsync(person.OrganisationId, cancellationToken);
            vaults.Add(new SharedVaultDto(person.OrganisationId, person.OrganisationName, person.Id, [.. folders
                .Where(f => f.Folder.OrganisationId == person.OrganisationId)
                .Select(f => new SharedFolderDto(f.Folder.ToDto(totals.GetValueOrDefault(f.Folder.Id), f.Level), (FolderAccessLevel)f.Level, f.Folder.HomeOfPersonId == person.Id))]));
        }

        return vaults;
    }
}

/// <summary>Each person invited into a vault has a home page there, which they may write to.</summary>
internal static class HomePages
{
    public static async Task<Folder> EnsureAsync(IVaultRepository repository, Person person, Guid createdBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if ((await repository.ListAsync(new HomePagesSpec([person.Id]), cancellationToken)).FirstOrDefault() is { } existing)
        {
            return existing;
        }

        var home = Folder.CreateHomePage(person.OrganisationId, person.Id, person.DisplayName, createdBy, now);
        repository.Add(home);
        repository.Append(new JournalEntry(home.Id, now, JournalKind.FolderCreated, createdBy, home.Name));
        return home;
    }
}

/// <summary>Makes an invitation's link and code, and sends each by its own channel.</summary>
internal sealed class InvitationSender(IMediator mediator, ICodeHasher codes, ICodeProtector protector)
{
    internal sealed record Issued(string Token, SixDigitCode Code);

    public Issued Issue(Invitation invitation, DateTimeOffset now, bool isReminder)
    {
        var (token, tokenHash) = LinkTokens.New();
        var code = SixDigitCode.Generate();
        invitation.Issue(tokenHash, codes.Hash(invitation.Id, code), protector.Protect(code.Value), now, isReminder);
        return new Issued(token, code);
    }

    public async Task<Result<InvitationSentDto>> SendAsync(Invitation invitation, Person person, Issued issued, string senderName, string requestedCulture, string publicBaseUrl, CancellationToken cancellationToken)
    {
        var culture = requestedCulture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "fr";
        var english = culture == "en";
        var url = $"{publicBaseUrl.TrimEnd('/')}/invitation/{issued.Token}";
        var model = new Dictionary<string, string>
        {
            ["url"] = url,
            ["person_name"] = person.FirstName is null ? person.LastName : $"{person.FirstName} {person.LastName}",
            ["organisation_name"] = invitation.OrganisationName,
            ["sender_name"] = senderName,
            ["comment"] = invitation.Comment ?? "",
            ["code_hint"] = invitation.CodeChannel == CodeChannel.Sms
                ? english ? "you receive it by text message." : "vous le recevez par SMS."
                : english ? $"call {invitation.OrganisationName} to get it." : $"appelez {invitation.OrganisationName} pour l'obtenir.",
            ["expires_at"] = invitation.ExpiresAt.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo(english ? "en-GB" : "fr-FR")),
        };
        var round = $"vault:invitation:{invitation.Id}:{invitation.Reminders}";
        var recipient = invitation.LinkChannel == LinkChannel.Email
            ? new RecipientDto(person.DisplayName, person.Email)
            : new RecipientDto(person.DisplayName, Address: new PostalAddressDto(
                person.FirstName is null ? person.LastName : $"{person.FirstName} {person.LastName}",
                person.AddressLine1!, person.AddressLine2, person.PostalCode!, person.City!, person.Country ?? "France"));
        var link = await mediator.Send(
            new SendMessageCommand("vault.invitation", culture, invitation.LinkChannel == LinkChannel.Email ? Channel.Email : Channel.Postal,
                recipient, model, "Vault", invitation.Id.ToString(), invitation.OrganisationId, $"{round}:link"),
            cancellationToken);
        if (link.IsFailure)
        {
            return link.Error!;
        }

        if (invitation.CodeChannel == CodeChannel.Sms)
        {
            var sms = await mediator.Send(
                new SendMessageCommand("vault.invitation-code", culture, Channel.Sms, new RecipientDto(person.DisplayName, Mobile: person.Mobile),
                    new Dictionary<string, string> { ["code"] = issued.Code.Value, ["organisation_name"] = invitation.OrganisationName },
                    "Vault", invitation.Id.ToString(), invitation.OrganisationId, $"{round}:code"),
                cancellationToken);
            if (sms.IsFailure)
            {
                return sms.Error!;
            }
        }

        return new InvitationSentDto(invitation.Id, (InvitationLinkChannel)invitation.LinkChannel, (InvitationCodeChannel)invitation.CodeChannel,
            invitation.CodeChannel == CodeChannel.Phone ? issued.Code.Value : null);
    }
}
