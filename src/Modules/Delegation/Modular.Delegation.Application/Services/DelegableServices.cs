using System.Globalization;
using Modular.Delegation.Contracts;
using Modular.SharedKernel.Delegation;

namespace Modular.Delegation.Application.Services;

/// <summary>The services the modules declared (<see cref="DelegableService"/>): the module knows none by name.</summary>
internal sealed class DelegableServices(IEnumerable<DelegableService> declared)
{
    private readonly IReadOnlyList<DelegableService> _all = [.. declared.OrderBy(s => s.Code, StringComparer.Ordinal)];

    public IReadOnlyList<DelegableService> All => _all;

    public DelegableService? Find(string? code) => _all.FirstOrDefault(s => string.Equals(s.Code, code, StringComparison.Ordinal));

    /// <summary>The service's name in the reader's language; the code itself for a service no module declares any more.</summary>
    public string NameOf(string code) => Find(code)?.Name(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) ?? code;

    public DelegableServiceDto ToDto(DelegableService service) => new(service.Code, service.Name(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName));
}
