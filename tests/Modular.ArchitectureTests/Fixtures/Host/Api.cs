using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Modular.Fixture.Contracts;

namespace Modular.Host.Fixture.Api;

/// <summary>Compliant: an endpoint that binds, sends a Contracts request and maps the result.</summary>
internal static class ThingEndpoints
{
    public static IEndpointRouteBuilder MapThingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/things/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
        {
            var result = await mediator.Send(new GetThingQuery(id), ct);
            return result.IsSuccess ? Results.Ok(result.Value) : Results.NotFound();
        });
        return endpoints;
    }
}

/// <summary>Rule 3: an endpoint that talks to EF Core instead of sending a request.</summary>
internal static class ThingStatisticsEndpoints
{
    public static IEndpointRouteBuilder MapThingStatistics(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/things/tracked", (DbContext context) => Results.Ok(context.ChangeTracker.Entries().Count()));
        return endpoints;
    }
}
