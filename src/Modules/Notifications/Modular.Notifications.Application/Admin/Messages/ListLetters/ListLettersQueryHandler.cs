using MediatR;
using Modular.Notifications.Application.Ports;
using Modular.Notifications.Contracts;
using Modular.Notifications.Domain.Messages;
using Modular.SharedKernel.Results;

namespace Modular.Notifications.Application.Admin.Messages.ListLetters;

internal sealed class ListLettersQueryHandler(INotificationsRepository repository) : IRequestHandler<ListLettersQuery, Result<IReadOnlyList<LetterDto>>>
{
    public async Task<Result<IReadOnlyList<LetterDto>>> Handle(ListLettersQuery request, CancellationToken cancellationToken)
    {
        var letters = await repository.ListAsync(new LettersSpec(request.IncludePosted), cancellationToken);
        return Result<IReadOnlyList<LetterDto>>.Success([.. letters.Select(Summaries.Letter)]);
    }
}
