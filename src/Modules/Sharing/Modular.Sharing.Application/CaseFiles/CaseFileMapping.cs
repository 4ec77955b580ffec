using Modular.Sharing.Contracts;
using Modular.Sharing.Domain.CaseFiles;

namespace Modular.Sharing.Application.CaseFiles;

/// <summary>Between the Contracts' DTOs and the domain's values.</summary>
internal static class CaseFileMapping
{
    public static CaseFileContent ToDomain(this CaseFileContentDto dto)
    {
        ArgumentNullException.ThrowIfNull(dto);
        var client = dto.Client;
        return new CaseFileContent(
            new ClientIdentity(client.LastName.Trim(), Clean(client.FirstName), client.BirthDate, Clean(client.Email), Clean(client.Phone), Clean(client.Address)),
            [.. (dto.Policies ?? []).Select(p => new Policy(p.Insurer.Trim(), p.Number.Trim(), p.Product.Trim(), p.AnnualPremium))],
            Clean(dto.Notes),
            [.. (dto.Sections ?? []).Select(s => new Section(s.Title.Trim(), s.Body?.Trim() ?? ""))]);
    }

    public static CaseFileContentDto ToDto(this CaseFileContent content) => new(
        new ClientIdentityDto(content.Client.LastName, content.Client.FirstName, content.Client.BirthDate, content.Client.Email, content.Client.Phone, content.Client.Address),
        [.. content.Policies.Select(p => new PolicyDto(p.Insurer, p.Number, p.Product, p.AnnualPremium))],
        content.Notes,
        [.. content.Sections.Select(s => new SectionDto(s.Title, s.Body))]);

    public static CaseFileSummaryDto ToSummary(this CaseFile caseFile) => new(
        caseFile.Id, caseFile.LineageId, caseFile.ClientName, caseFile.Content.Policies.Count, caseFile.Revision, caseFile.UpdatedAt, caseFile.ImportedFromKeyId is not null);

    public static CaseFileDto ToDto(this CaseFile caseFile, DateTimeOffset now) => new(
        caseFile.Id,
        caseFile.LineageId,
        caseFile.Content.ToDto(),
        caseFile.Revision,
        caseFile.CreatedAt,
        caseFile.UpdatedAt,
        [.. caseFile.History.OrderByDescending(h => h.At).ThenByDescending(h => h.Id).Select(h => new CaseFileHistoryEntryDto(h.At, (CaseFileHistoryKind)h.Kind, h.ActorId, h.Detail) { ActingUserId = h.ActingUserId })],
        [.. caseFile.RestorePoints.Where(p => p.IsAvailable(now)).OrderByDescending(p => p.OverwrittenAt)
            .Select(p => new RestorePointDto(p.Id, p.Revision, p.Content.Client.DisplayName, p.OverwrittenAt, p.ExpiresAt))]);

    public static ErasedFieldDto ToDto(this ErasedField erased) => erased.Field switch
    {
        CaseFileField.LastName => new("lastName", null, "Nom du client"),
        CaseFileField.FirstName => new("firstName", null, "Prénom du client"),
        CaseFileField.BirthDate => new("birthDate", null, "Date de naissance"),
        CaseFileField.Email => new("email", null, "Courriel"),
        CaseFileField.Phone => new("phone", null, "Téléphone"),
        CaseFileField.Address => new("address", null, "Adresse"),
        CaseFileField.Policy => new("policy", erased.Name, $"Contrat {erased.Name}"),
        CaseFileField.Notes => new("notes", null, "Notes"),
        CaseFileField.Section => new("section", erased.Name, $"Section « {erased.Name} »"),
        _ => new(erased.Field.ToString(), erased.Name, erased.Field.ToString()),
    };

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
