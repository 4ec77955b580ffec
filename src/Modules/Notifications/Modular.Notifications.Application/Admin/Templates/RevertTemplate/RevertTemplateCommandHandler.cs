using MediatR;
using Modular.Notifications.Application.Ports;
using Modular.Notifications.Contracts;
using Modular.SharedKernel.Results;

namespace Modular.Notifications.Application.Admin.Templates.RevertTemplate;

internal sealed class RevertTemplateCommandHandler(INotificationsRepository repository) : IRequestHandler<RevertTemplateCommand, Result>
{
    public async Task<Result> Handle(RevertTemplateCommand request, CancellationToken cancellationToken)
    {
        if (await repository.FindOverrideAsync(request.Key, request.Culture, cancellationToken) is { } custom)
        {
            repository.Remove(custom);
            await repository.SaveChangesAsync(cancellationToken);
        }

        return Result.Success();
    }
}
