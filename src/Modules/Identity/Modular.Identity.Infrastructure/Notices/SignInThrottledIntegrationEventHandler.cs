using MediatR;
using Modular.Identity.Contracts;
using Modular.Identity.Infrastructure.Persistence;
using Modular.Notifications.Contracts;
using Modular.SharedKernel.Infrastructure.Messaging;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Text;

namespace Modular.Identity.Infrastructure.Notices;

/// <summary>Tells an account's owner, in their language, that sign-ins to it are being refused, and from where.</summary>
internal sealed class SignInThrottledIntegrationEventHandler(IdentityDbContext context, TimeProvider time, IMediator mediator, DisplayTime display)
    : IdempotentIntegrationEventHandler<SignInThrottledIntegrationEvent, IdentityDbContext>(context, time)
{
    public const string Template = "identity.sign-in-throttled";

    protected override async Task HandleOnceAsync(SignInThrottledIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var e = integrationEvent;
        var language = Languages.Of(e.Language);
        var model = new Dictionary<string, string>
        {
            ["email"] = e.Email,
            ["address"] = e.RemoteAddress ?? "",
            ["at"] = display.DateAndTime(e.OccurredAt, language),
        };
        (await mediator.Send(
            new SendMessageCommand(Template, language, Channel.Email, new RecipientDto(null, e.Email), model, IdentityModule.Name, e.UserId.ToString(), null, e.EventId.ToString()),
            cancellationToken)).OrThrow($"Sending '{Template}' for {e.UserId}");
    }
}
