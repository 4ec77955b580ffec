using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Modular.Fixture.Contracts;
using Modular.Fixture.Domain;
using Modular.Fixture.Infrastructure;
using Modular.SharedKernel.Infrastructure.Persistence;
using Modular.SharedKernel.Results;

namespace Modular.Fixture.Application;

/// <summary>Compliant: a port the Infrastructure implements.</summary>
internal interface IThingRepository
{
    Task<Thing?> FindAsync(Guid id, CancellationToken cancellationToken);
}

/// <summary>Compliant: named after its command, depends on its Domain, its Contracts and SharedKernel.</summary>
internal sealed class RenameThingCommandHandler(IThingRepository things) : IRequestHandler<RenameThingCommand, Result>
{
    public async Task<Result> Handle(RenameThingCommand request, CancellationToken cancellationToken)
    {
        if (await things.FindAsync(request.ThingId, cancellationToken) is not { } thing)
        {
            return Error.NotFound("thing-not-found", "No such thing.");
        }

        thing.Rename(request.Name);
        return Result.Success();
    }
}

/// <summary>Compliant: named after its query.</summary>
internal sealed class GetThingQueryHandler(IThingRepository things) : IRequestHandler<GetThingQuery, Result<ThingDto>>
{
    public async Task<Result<ThingDto>> Handle(GetThingQuery request, CancellationToken cancellationToken) =>
        await things.FindAsync(request.ThingId, cancellationToken) is { } thing
            ? new ThingDto(thing.Id, thing.Name)
            : Error.NotFound("thing-not-found", "No such thing.");
}

/// <summary>Rule 5: a handler named neither after its query nor as a query handler.</summary>
internal sealed class ThingsLookupService : IRequestHandler<ThingsLookup, Result<ThingDto>>
{
    public Task<Result<ThingDto>> Handle(ThingsLookup request, CancellationToken cancellationToken) =>
        Task.FromResult<Result<ThingDto>>(Error.NotFound("thing-not-found", "No such thing."));
}

/// <summary>Rule 5: ends with CommandHandler, but its request is ArchiveThing.</summary>
internal sealed class ArchiveThingCommandHandler : IRequestHandler<ArchiveThing, Result>
{
    public Task<Result> Handle(ArchiveThing request, CancellationToken cancellationToken) => Task.FromResult(Result.Success());
}

/// <summary>Rule 1: Application reaching for EF Core, ASP.NET Core, SharedKernel.Infrastructure and its own Infrastructure.</summary>
internal sealed class ThingReport(DbContext context, FixtureDbContext fixtureContext, ModularDataOptions options, IHttpContextAccessor http)
{
    public int Count() =>
        context.ChangeTracker.Entries().Count() + fixtureContext.ChangeTracker.Entries().Count() + options.DataDirectory.Length
        + (http.HttpContext is null ? 0 : 1);
}

/// <summary>Rule 4: public in Application.</summary>
public sealed class PublicThingService
{
    public string Describe() => nameof(PublicThingService);
}

/// <summary>Violates the side-effect rule: asks another module to send a message itself, after its change.</summary>
internal sealed class RemindThingCommandHandler : IRequestHandler<RenameThingCommand, Result>
{
    public Task<Result> Handle(RenameThingCommand request, CancellationToken cancellationToken)
    {
        _ = new Other.Contracts.SendMessageCommand("someone@example.org", request.ToString() ?? "");
        return Task.FromResult(Result.Success());
    }
}
