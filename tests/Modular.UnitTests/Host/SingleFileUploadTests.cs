using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Modular.Host.Api;

namespace Modular.UnitTests.Host;

/// <summary>The API's reader of one uploaded file: a hostile part header is a 400, never an exception.</summary>
public sealed class SingleFileUploadTests
{
    private const string Boundary = "----ModularBoundary";

    private static async Task<(int? Status, string? FileName)> UploadAsync(string disposition)
    {
        var body = $"--{Boundary}\r\nContent-Disposition: {disposition}\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\r\n--{Boundary}--\r\n";
        var context = new DefaultHttpContext();
        context.Request.ContentType = "multipart/form-data; boundary=" + Boundary;
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        string? received = null;
        var result = await SingleFileUpload.ReceiveAsync(
            context.Request,
            [],
            (_, fileName, _) =>
            {
                received = fileName;
                return Task.FromResult<IResult>(TypedResults.Ok());
            },
            TestContext.Current.CancellationToken);
        return ((result as IStatusCodeHttpResult)?.StatusCode, received);
    }

    [Fact]
    public async Task A_file_part_gives_its_name_plain_or_encoded()
    {
        Assert.Equal((200, "attestation.pdf"), await UploadAsync("form-data; name=\"file\"; filename=\"attestation.pdf\""));
        Assert.Equal((200, "relevé.pdf"), await UploadAsync("form-data; name=\"file\"; filename=\"releve.pdf\"; filename*=UTF-8''relev%C3%A9.pdf"));
    }

    [Fact]
    public async Task A_filename_star_without_a_value_is_a_400_not_an_exception()
    {
        Assert.Equal((400, (string?)null), await UploadAsync("form-data; name=\"file\"; filename*"));
        Assert.Equal((200, (string?)null), await UploadAsync("form-data; name=\"file\"; filename*="));
    }

    [Fact]
    public async Task A_filename_star_in_an_encoding_dotnet_no_longer_supports_is_a_400_not_an_exception() =>
        Assert.Equal((400, (string?)null), await UploadAsync("form-data; name=\"file\"; filename*=UTF-7''re%C3%A7u.pdf"));
}
