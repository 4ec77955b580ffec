using Modular.SharedKernel.Specifications;

namespace Modular.ClientPortal.Domain.Messages;

/// <summary>A company's thread, oldest first (the latest 200).</summary>
internal sealed class ThreadOfCompanySpec : Specification<PortalMessage>
{
    public ThreadOfCompanySpec(Guid companyId) => Query.Where(m => m.CompanyId == companyId).OrderByDescending(m => m.SentAt).Take(200).AsNoTracking();
}
