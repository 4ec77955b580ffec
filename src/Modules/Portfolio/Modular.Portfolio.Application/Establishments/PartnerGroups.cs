using Modular.Portfolio.Application.Ports;
using Modular.Portfolio.Domain;
using Modular.SharedKernel.Results;

namespace Modular.Portfolio.Application.Establishments;

/// <summary>A partner group as chosen: one of the configured list, by its code (any case); empty stays empty for the domain to say.</summary>
internal static class PartnerGroups
{
    public static Result<string?> Read(IPortfolioSettings settings, string? code)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (string.IsNullOrWhiteSpace(code))
        {
            return Result<string?>.Success(null);
        }

        var known = settings.PartnerGroups.FirstOrDefault(g => string.Equals(g.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));
        return known is null ? PortfolioErrors.PartnerGroupUnknown(code.Trim()) : Result<string?>.Success(known.Code);
    }

    /// <summary>The group's name as configured (its code when it left the list).</summary>
    public static string NameOf(IPortfolioSettings settings, string code)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.PartnerGroups.FirstOrDefault(g => g.Code == code)?.Name ?? code;
    }
}
