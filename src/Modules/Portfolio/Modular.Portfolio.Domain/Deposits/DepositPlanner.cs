using Modular.Portfolio.Domain.Dsn;
using Modular.Portfolio.Domain.Establishments;
using Modular.Portfolio.Domain.Filings;

namespace Modular.Portfolio.Domain.Deposits;

/// <summary>What a deposit changes: the deposit with its lines, the establishments it adds, and the month's filings it records.</summary>
internal sealed record DepositPlan(Deposit Deposit, IReadOnlyList<Establishment> Added, IReadOnlyList<Establishment> Declared, IReadOnlyList<Filing> Filings);

/// <summary>
/// Decides, declaration by declaration, what a structurally valid envoi does to a firm's portfolio:
/// a new establishment is added (« À compléter », the sender's name suggested when it declared
/// itself), one already there gets its filing and has its address checked, a removed one is left
/// out. A collaborator's deposit only reaches the establishments their delegation lets them deposit
/// for, and never adds one. The same establishment declared twice in one envoi (two months, or a
/// replacement) is added once.
/// </summary>
internal static class DepositPlanner
{
    /// <param name="existing">The firm's establishments declared by the envoi, by SIRET (removed ones too).</param>
    /// <param name="mayDeposit">For a collaborator, whether they may deposit for an establishment of the portfolio; null for the administrator.</param>
    public static DepositPlan Plan(
        Guid firmId, DsnEnvoi envoi, string fileName, string sha256, long size, Guid? by, string? byClient,
        IReadOnlyDictionary<string, Establishment> existing, Func<Establishment, bool>? mayDeposit, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(envoi);
        ArgumentNullException.ThrowIfNull(existing);
        var deposit = Deposit.Of(firmId, fileName, sha256, size, envoi, by, byClient, now);
        var known = new Dictionary<string, Establishment>(existing, StringComparer.Ordinal);
        var (added, declared, filings) = (new List<Establishment>(), new List<Establishment>(), new List<Filing>());
        foreach (var declaration in envoi.Declarations)
        {
            var siret = declaration.Siret.Value;
            known.TryGetValue(siret, out var establishment);
            if (mayDeposit is not null && (establishment is null || !mayDeposit(establishment)))
            {
                deposit.Record(declaration, DeclarationOutcome.Refused, RefusalReasons.OutsideProfile, establishment?.Id);
                continue;
            }

            if (establishment is null)
            {
                var suggested = declaration.Siret.Siren == envoi.SenderSiren ? envoi.SenderName : null;
                establishment = Establishment.FromDsn(firmId, declaration.Siret, declaration.Address, suggested, now);
                known[siret] = establishment;
                added.Add(establishment);
                deposit.Record(declaration, DeclarationOutcome.Added, null, establishment.Id);
            }
            else if (establishment.RemovedAt is not null)
            {
                deposit.Record(declaration, DeclarationOutcome.Refused, RefusalReasons.Removed, establishment.Id);
                continue;
            }
            else
            {
                if (!added.Contains(establishment))
                {
                    establishment.Declared(declaration.Address);
                    if (!declared.Contains(establishment))
                    {
                        declared.Add(establishment);
                    }
                }

                deposit.Record(declaration, DeclarationOutcome.AlreadyThere, null, establishment.Id);
            }

            filings.Add(Filing.Of(firmId, establishment.Id, deposit.Id, declaration, now));
        }

        return new DepositPlan(deposit, added, declared, filings);
    }
}
