using Modular.ClientPortal.Domain.Documents;
using Modular.SharedKernel.Journals;

namespace Modular.UnitTests.ClientPortal;

/// <summary>A download of a document, by a client user or an API client, chained in the company's journal.</summary>
public sealed class ReadReceiptTests
{
    private static readonly DateTimeOffset Now = ClientCompanyTests.Now;

    [Fact]
    public void A_receipt_records_who_downloaded_which_document_and_when_and_chains_each_of_them()
    {
        var (document, company, user) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        var receipt = ReadReceipt.Record(document, company, user, null, Now);

        Assert.Equal((document, company, user, Now), (receipt.DocumentId, receipt.CompanyId, receipt.UserId!.Value, receipt.At));
        Assert.Null(receipt.ClientId);
        Assert.Equal([receipt.Id.ToString("D"), document.ToString("D"), company.ToString("D"), user.ToString("D"), null, HashChain.Field(Now)], receipt.ChainedFields());
    }

    [Fact]
    public void A_receipt_of_an_API_client_names_it_and_is_sealed_with_its_link()
    {
        var receipt = ReadReceipt.Record(Guid.NewGuid(), Guid.NewGuid(), null, "rh-soft", Now);
        var chain = Guid.NewGuid();

        receipt.Seal(new ChainLink(chain, 3, "previous-hash", "hash"));

        Assert.Equal(("rh-soft", (Guid?)null), (receipt.ClientId, receipt.UserId));
        Assert.Equal("rh-soft", receipt.ChainedFields()[4]);
        Assert.Equal((chain, 3L, "previous-hash", "hash"), (receipt.ChainId!.Value, receipt.ChainPosition!.Value, receipt.PreviousHash, receipt.Hash));
    }
}
