using System.Text;
using Microsoft.AspNetCore.Http;
using Modular.Host.Api;
using Modular.SharedKernel.Results;
using Modular.UnitTests.Fakes;
using Modular.Vault.Contracts;

namespace Modular.UnitTests.Host;

/// <summary>The API's reader of a folder's uploaded files: a part header whose name cannot be decoded is a 400, never an exception, and ends the request.</summary>
public sealed class VaultUploadsTests
{
    private const string Boundary = "----ModularBoundary";

    private static async Task<(int? Status, List<string> Stored)> UploadAsync(params string[] dispositions)
    {
        var body = new StringBuilder();
        foreach (var disposition in dispositions)
        {
            body.Append($"--{Boundary}\r\nContent-Disposition: {disposition}\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\r\n");
        }

        body.Append($"--{Boundary}--\r\n");
        var context = new DefaultHttpContext();
        context.Request.ContentType = "multipart/form-data; boundary=" + Boundary;
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body.ToString()));
        var stored = new List<string>();
        var vault = new OtherModules().Answer<UploadDocumentCommand, Result<DocumentDto>>(command =>
        {
            stored.Add(command.FileName);
            return Result.Success(new DocumentDto(Guid.NewGuid(), command.FolderId, command.FileName, "application/pdf", 8, "", Guid.NewGuid(), DateTimeOffset.UnixEpoch));
        });

        var result = await VaultUploads.ReceiveAsync(Guid.NewGuid(), context.Request, vault, TestContext.Current.CancellationToken);
        return ((result as IStatusCodeHttpResult)?.StatusCode, stored);
    }

    [Fact]
    public async Task Each_file_part_is_stored_under_its_name_plain_or_encoded()
    {
        var (status, stored) = await UploadAsync(
            "form-data; name=\"file\"; filename=\"attestation.pdf\"",
            "form-data; name=\"file\"; filename=\"releve.pdf\"; filename*=UTF-8''relev%C3%A9.pdf");

        Assert.Equal(201, status);
        Assert.Equal(["attestation.pdf", "relevé.pdf"], stored);
    }

    [Theory]
    [InlineData("form-data; name=\"file\"; filename*")]
    [InlineData("form-data; name=\"file\"; filename*=UTF-7''re%C3%A7u.pdf")]
    [InlineData("form-data; name=\"file\"; filename=\"=?utf-7?B?cmVjdS5wZGY=?=\"")]
    public async Task A_file_name_that_cannot_be_decoded_is_a_400_and_the_files_after_it_are_not_read(string undecodable)
    {
        var (status, stored) = await UploadAsync(
            "form-data; name=\"file\"; filename=\"attestation.pdf\"",
            undecodable,
            "form-data; name=\"file\"; filename=\"rib.pdf\"");

        Assert.Equal(400, status);
        Assert.Equal(["attestation.pdf"], stored);
    }
}
