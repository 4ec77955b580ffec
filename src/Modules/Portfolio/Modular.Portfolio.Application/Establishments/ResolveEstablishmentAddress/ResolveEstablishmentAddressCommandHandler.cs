using MediatR;
using Modular.Portfolio.Application.Access;
using Modular.Portfolio.Application.Ports;
using Modular.Portfolio.Contracts;
using Modular.SharedKernel.Results;
using JournalEvent = Modular.Portfolio.Domain.Journal.JournalEvent;
using Responsibilities = Modular.Portfolio.Domain.Profiles.Responsibilities;

namespace Modular.Portfolio.Application.Establishments.ResolveEstablishmentAddress;

/// <summary>A DSN gave another address: take it, or keep the known one.</summary>
internal sealed class ResolveEstablishmentAddressCommandHandler(IPortfolioRepository repository, PortfolioAccess access, TimeProvider time)
    : IRequestHandler<ResolveEstablishmentAddressCommand, Result<EstablishmentDto>>
{
    public async Task<Result<EstablishmentDto>> Handle(ResolveEstablishmentAddressCommand request, CancellationToken cancellationToken)
    {
        var found = await access.EstablishmentAsync(request.Siret, Responsibilities.Manage, cancellationToken);
        if (found.IsFailure)
        {
            return found.Error;
        }

        var (caller, establishment) = found.Value;
        if (establishment.DeclaredAddress is { } declared)
        {
            repository.Add(request.TakeDeclared
                ? caller.Journal(establishment, JournalEvent.AddressTaken, time.GetUtcNow(), declared.ToString())
                : caller.Journal(establishment, JournalEvent.AddressKept, time.GetUtcNow(), establishment.Address.ToString()));
        }

        establishment.ResolveAddress(request.TakeDeclared);
        var saved = await repository.SaveChangesAsync(cancellationToken);
        return saved.IsFailure ? saved.Error! : establishment.ToDto(caller);
    }
}
