using Modular.SharedKernel.Domain;

namespace Modular.Portfolio.Domain.Profiles;

/// <summary>
/// An agent of the firm given the portfolio-administrator right: they see and manage the whole
/// portfolio and its profiles, as the firm's Admin does.
/// </summary>
internal sealed class PortfolioAdministrator : Entity<Guid>
{
    private PortfolioAdministrator(Guid id)
        : base(id)
    {
    }

    public Guid FirmId { get; private set; }

    public Guid UserId { get; private set; }

    public DateTimeOffset GrantedAt { get; private set; }

    public static PortfolioAdministrator Grant(Guid firmId, Guid userId, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now)) { FirmId = firmId, UserId = userId, GrantedAt = now };
}
