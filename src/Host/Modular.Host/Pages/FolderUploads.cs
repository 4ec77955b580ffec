using MediatR;
using Microsoft.Extensions.Localization;
using Modular.SharedKernel.Results;
using Modular.Vault.Contracts;

namespace Modular.Host.Pages;

/// <summary>What became of the files of one upload form: names stored, and why the others were refused.</summary>
internal sealed record UploadReport(string[] Stored, string[] Refused);

/// <summary>
/// An upload form's files, each sent to the vault on its own and streamed, for the agent's and the
/// guest's folder pages alike.
/// </summary>
internal static class FolderUploads
{
    /// <summary>The most files one upload form may carry.</summary>
    public const int MaxFiles = 20;

    /// <summary>The report, or null when the folder is not found (or not reachable by the caller).</summary>
    public static async Task<UploadReport?> StoreAsync(
        IMediator mediator, Guid folderId, IReadOnlyList<IFormFile> files, Func<Error, string> explain, IStringLocalizer localizer, CancellationToken cancellationToken)
    {
        var stored = new List<string>();
        var refused = new List<string>();
        if (files.Count == 0)
        {
            refused.Add(localizer["Vault.NoFileChosen"]);
        }
        else if (files.Count > MaxFiles)
        {
            refused.Add(localizer["Vault.TooManyFiles", MaxFiles]);
        }
        else
        {
            foreach (var file in files)
            {
                await using var content = file.OpenReadStream();
                var result = await mediator.Send(new UploadDocumentCommand(folderId, file.FileName, content), cancellationToken);
                if (result.IsFailure && result.Error.Code == VaultErrorCodes.FolderNotFound)
                {
                    return null;
                }

                if (result.IsSuccess)
                {
                    stored.Add(result.Value.Name);
                }
                else
                {
                    refused.Add(explain(result.Error));
                }
            }
        }

        return new UploadReport([.. stored], [.. refused]);
    }
}
