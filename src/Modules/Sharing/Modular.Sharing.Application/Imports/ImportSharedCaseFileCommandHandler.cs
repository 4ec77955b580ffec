using MediatR;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Sharing.Application.CaseFiles;
using Modular.Sharing.Application.Ports;
using Modular.Sharing.Contracts;
using Modular.Sharing.Domain;
using Modular.Sharing.Domain.CaseFiles;
using Modular.Sharing.Domain.Imports;
using Modular.Sharing.Domain.ShareKeys;

namespace Modular.Sharing.Application.Imports;

/// <summary>
/// "Importer un fichier partagé". Wrong keys (malformed, unknown) are counted per person and per
/// address and throttled; a key that exists but cannot be used says why. The key is consumed by
/// one conditional update in the same transaction that creates or overwrites the copy, so among
/// concurrent imports of one key exactly one wins and a failed save leaves the key unused.
/// </summary>
internal sealed class ImportSharedCaseFileCommandHandler(ISharingRepository repository, ICurrentUser user, TimeProvider time)
    : IRequestHandler<ImportSharedCaseFileCommand, Result<ImportedCaseFileDto>>
{
    public async Task<Result<ImportedCaseFileDto>> Handle(ImportSharedCaseFileCommand request, CancellationToken cancellationToken)
    {
        var importer = user.RequireUserId();
        if (user.OrganisationId is not { } organisationId)
        {
            return SharingErrors.NoOrganisation;
        }

        var now = time.GetUtcNow();
        var address = string.IsNullOrWhiteSpace(request.RemoteAddress) ? null : request.RemoteAddress;
        var (byUser, byAddress) = await repository.RecentImportFailuresAsync(importer, address, now - ImportThrottle.Window, cancellationToken);
        if (Longest(ImportThrottle.RetryAfter(byUser, now), ImportThrottle.RetryAfter(byAddress, now)) is { } wait)
        {
            await repository.RecordImportFailureAsync(new ImportFailure(importer, address, now, SharingErrorCodes.ImportThrottled), cancellationToken);
            return SharingErrors.ImportThrottled(wait);
        }

        var text = ShareKeyText.Parse(request.Key);
        if (text.IsFailure)
        {
            await repository.RecordImportFailureAsync(new ImportFailure(importer, address, now, SharingErrorCodes.KeyMalformed), cancellationToken);
            return text.Error;
        }

        if (await repository.FindAsync(new ShareKeyByHashSpec(text.Value.Hash()), cancellationToken) is not { } key)
        {
            await repository.RecordImportFailureAsync(new ImportFailure(importer, address, now, SharingErrorCodes.KeyUnknown), cancellationToken);
            return SharingErrors.KeyUnknown;
        }

        // A real key that cannot be used any more is not a guess: it says why, and is not counted.
        if (key.RedemptionRefusal(now) is { } refusal || key.Snapshot is not { } snapshot)
        {
            return key.RedemptionRefusal(now) ?? SharingErrors.KeyUsed;
        }

        var existing = await repository.FindAsync(new CaseFileOfLineageSpec(key.LineageId, importer), cancellationToken);
        if (existing is not null && !request.ConfirmOverwrite)
        {
            // The copy found may be this very key's, made by a concurrent import of it that just won.
            if ((await repository.FindAsync(new ShareKeyByHashSpec(key.KeyHash), cancellationToken))?.RedemptionRefusal(now) is { } refusedMeanwhile)
            {
                return refusedMeanwhile;
            }

            IReadOnlyList<ErasedFieldDto> erased = [.. existing.Content.ErasedBy(snapshot).Select(e => e.ToDto())];
            return SharingErrors.CaseExists(existing.Id, existing.ClientName, erased);
        }

        return await repository.InTransactionAsync<ImportedCaseFileDto>(
            async ct =>
            {
                if (!await repository.TryRedeemAsync(key.Id, importer, now, ct))
                {
                    // Someone else won the race (or the key was revoked meanwhile): say which.
                    var current = await repository.FindAsync(new ShareKeyByHashSpec(key.KeyHash), ct);
                    return current?.RedemptionRefusal(now) ?? SharingErrors.KeyUsed;
                }

                Guid caseFileId;
                if (existing is null)
                {
                    var copy = CaseFile.ImportCopy(key.LineageId, key.Id, importer, organisationId, snapshot, key.IssuerId, now);
                    repository.Add(copy);
                    caseFileId = copy.Id;
                }
                else
                {
                    existing.Overwrite(snapshot, key.Id, key.IssuerId, now);
                    caseFileId = existing.Id;
                }

                var saved = await repository.SaveChangesAsync(ct);
                return saved.IsSuccess ? new ImportedCaseFileDto(caseFileId, existing is not null) : saved.Error;
            },
            cancellationToken);
    }

    private static TimeSpan? Longest(TimeSpan? a, TimeSpan? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
