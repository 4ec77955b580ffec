using System.Globalization;
using MediatR;
using Modular.Identity.Contracts.Account;
using Modular.Notifications.Contracts;
using Modular.SharedKernel.Domain;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.SharedKernel.Storage;
using Modular.Vault.Contracts;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.Links;
using Modular.Vault.Domain;

namespace Modular.Vault.Application.Links;

/// <summary>Emails the agent who made a link about what happened to it.</summary>
internal static class LinkNotices
{
    public static async Task TellMakerAsync(IMediator mediator, DownloadLink link, string template, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (link.CreatedByEmail is null)
        {
            return;
        }

        await mediator.Send(
            new SendMessageCommand(
                template,
                "fr",
                Channel.Email,
                new RecipientDto(null, link.CreatedByEmail),
                new Dictionary<string, string>
                {
                    ["file_count"] = link.DocumentIds.Count.ToString(CultureInfo.InvariantCulture),
                    ["recipient"] = link.RecipientEmail ?? "",
                    ["at"] = now.ToString("d MMMM yyyy à HH:mm 'UTC'", CultureInfo.GetCultureInfo("fr-FR")),
                },
                "Vault",
                link.Id.ToString(),
                link.OrganisationId,
                $"{template}:{link.Id}"),
            cancellationToken);
    }
}
