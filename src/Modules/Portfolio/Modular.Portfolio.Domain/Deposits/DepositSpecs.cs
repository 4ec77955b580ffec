using Modular.SharedKernel.Specifications;

namespace Modular.Portfolio.Domain.Deposits;

/// <summary>The firm's deposit of these bytes, if it deposited them before.</summary>
internal sealed class DepositBySha256Spec : Specification<Deposit>
{
    public DepositBySha256Spec(Guid firmId, string sha256) => Query.Where(d => d.FirmId == firmId && d.Sha256 == sha256).AsNoTracking();
}

internal sealed class DepositOfFirmSpec : Specification<Deposit>
{
    public DepositOfFirmSpec(Guid firmId, Guid depositId) => Query.Where(d => d.FirmId == firmId && d.Id == depositId).AsNoTracking();
}

/// <summary>Any firm's deposit of these bytes (they are stored once).</summary>
internal sealed class DepositWithBlobSpec : Specification<Deposit>
{
    public DepositWithBlobSpec(string sha256) => Query.Where(d => d.Sha256 == sha256).AsNoTracking();
}
