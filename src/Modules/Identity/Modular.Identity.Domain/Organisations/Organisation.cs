using Modular.SharedKernel.Domain;
using Modular.SharedKernel.Results;

namespace Modular.Identity.Domain.Organisations;

/// <summary>A tenant: an insurer, a brokerage or an accounting firm whose members work together.</summary>
internal sealed class Organisation : AggregateRoot<Guid>
{
    public const int NameMaxLength = 200;

    private Organisation(Guid id, string name, DateTimeOffset createdAt)
        : base(id)
    {
        Name = name;
        CreatedAt = createdAt;
    }

    public string Name { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static Result<Organisation> Create(string name, TimeProvider time)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return OrganisationErrors.NameRequired;
        }

        if (trimmed.Length > NameMaxLength)
        {
            return OrganisationErrors.NameTooLong(NameMaxLength);
        }

        return new Organisation(Guid.CreateVersion7(), trimmed, time.GetUtcNow());
    }
}
