using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Modular.Fixture.Contracts;
using Modular.Fixture.Domain;
using Modular.Fixture.Infrastructure;

namespace Modular.Host.Fixture.Pages;

/// <summary>Compliant: binds, sends a Contracts request over MediatR, shows the result.</summary>
public sealed class RenameThingPageModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public string Name { get; set; } = "";

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new RenameThingCommand(id, Name), cancellationToken);
        return result.IsSuccess ? RedirectToPage() : Page();
    }
}

/// <summary>Rule 3: a page that counts rows itself, its DbContext reached only inside an async handler.</summary>
internal sealed class ThingCountPageModel(IServiceProvider services) : PageModel
{
    public int Count { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var context = services.GetRequiredService<FixtureDbContext>();
        Count = await context.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>Rule 3: a page that shows a domain type, through the input model nested in it.</summary>
internal sealed class ThingDetailsPageModel : PageModel
{
    public ThingInput Input { get; } = new();

    internal sealed class ThingInput
    {
        public Thing? Thing { get; set; }
    }
}
