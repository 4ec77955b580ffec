using System.Reflection;
using Modular.Portfolio.Domain;

namespace Modular.UnitTests.Portfolio;

/// <summary>
/// What Contracts tells callers matches the Domain: each enum and its twin have the same names and
/// values, and every error code the Domain returns is declared in PortfolioErrorCodes. (The
/// architecture tests check this for every module the Host composes; Portfolio is not composed yet.)
/// </summary>
public sealed class PortfolioTwinsTests
{
    [Theory]
    [InlineData(typeof(Modular.Portfolio.Contracts.EstablishmentStatus), "Modular.Portfolio.Domain.Establishments.EstablishmentStatus")]
    [InlineData(typeof(Modular.Portfolio.Contracts.DueDay), "Modular.Portfolio.Domain.Establishments.DueDay")]
    [InlineData(typeof(Modular.Portfolio.Contracts.DeclarationOutcome), "Modular.Portfolio.Domain.Deposits.DeclarationOutcome")]
    [InlineData(typeof(Modular.Portfolio.Contracts.FilingState), "Modular.Portfolio.Domain.Filings.FilingState")]
    [InlineData(typeof(Modular.Portfolio.Contracts.Responsibilities), "Modular.Portfolio.Domain.Profiles.Responsibilities")]
    public void Each_contract_enum_has_the_names_and_values_of_its_domain_twin(Type contract, string domain)
    {
        var twin = typeof(PortfolioErrors).Assembly.GetType(domain, throwOnError: true)!;

        Assert.Equal(Members(contract), Members(twin));
    }

    [Fact]
    public void Every_code_the_domain_returns_is_declared_for_callers()
    {
        var declared = typeof(Modular.Portfolio.Contracts.PortfolioErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetValue(null)!).ToHashSet();
        var returned = typeof(PortfolioErrors).GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.NonPublic)
            .Where(f => f.FieldType == typeof(Modular.SharedKernel.Results.Error))
            .Select(f => ((Modular.SharedKernel.Results.Error)f.GetValue(null)!).Code)
            .Concat(typeof(PortfolioErrors).GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.NonPublic)
                .Where(m => m.ReturnType == typeof(Modular.SharedKernel.Results.Error) && m.Name != "Dsn")
                .Select(m => ((Modular.SharedKernel.Results.Error)m.Invoke(null, [.. m.GetParameters().Select(Sample)])!).Code))
            .ToHashSet();

        Assert.Empty(returned.Except(declared));
        Assert.Empty(declared.Except(returned));
    }

    private static object? Sample(ParameterInfo parameter) => parameter.ParameterType == typeof(int) ? 1 : parameter.ParameterType == typeof(string) ? "x" : null;

    private static List<(string, long)> Members(Type type) =>
        [.. Enum.GetValues(type).Cast<object>().Select(v => (Enum.GetName(type, v)!, Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture)))];
}
