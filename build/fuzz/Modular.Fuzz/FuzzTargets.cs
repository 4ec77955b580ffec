using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Infrastructure.Storage;
using Modular.Host.Api;
using Modular.Portfolio.Domain.Dsn;
using Modular.SharedKernel.Infrastructure.Seeding;
using Modular.SharedKernel.Results;
using Modular.Sharing.Domain.ShareKeys;
using Modular.Tests.Shared;
using Modular.UnitTests.Fakes;
using Modular.Vault.Application.Links;
using Modular.Vault.Contracts;
using Modular.Vault.Domain.Documents;

namespace Modular.Fuzz;

/// <summary>
/// A reader of bytes that other people send, as the fuzzer drives it: <see cref="Run"/> takes one
/// input and throws only when the reader breaks its rule (an exception escaping the reader is a 500
/// for whoever sent it; a rule broken is a wrong answer), and <see cref="Seeds"/> are valid inputs
/// the fuzzer starts from and mutates.
/// </summary>
internal sealed record FuzzTarget(string Name, string Description, Action<Stream> Run, Func<IEnumerable<(string Name, byte[] Bytes)>> Seeds);

internal static class FuzzTargets
{
    public static IReadOnlyList<FuzzTarget> All { get; } =
    [
        new("dsn", "the DSN reader (Portfolio): any bytes give a reading or problems", Dsn, DsnSeeds),
        new("file-type", "a document's name and first bytes (Vault): a name kept has no path, the type check answers", FileTypeCheck, FileTypeSeeds),
        new("share-key", "the share-key reader (Sharing): a key accepted reads back the same", ShareKey, ShareKeySeeds),
        new("multipart", "an upload's multipart body (API): a file handed on, or a 400, never an exception", Multipart, MultipartSeeds),
        new("folder-upload", "a folder's multipart upload (API): files handed on one by one, or a 400 or 413, never an exception", FolderUpload, MultipartSeeds),
        new("pdf-text", "the words of a published PDF (ClientPortal): read, encrypted or unreadable, never an exception", PdfText, PdfTextSeeds),
        new("link-token", "a secret link's token (Vault): unknown, or the hash of 32 bytes written in base64url", LinkToken, LinkTokenSeeds),
    ];

    public static FuzzTarget? Find(string name) => All.FirstOrDefault(t => t.Name == name);

    private static byte[] ReadAll(Stream input)
    {
        using var copy = new MemoryStream();
        input.CopyTo(copy);
        return copy.ToArray();
    }

    private static void Check(bool rule, string broken)
    {
        if (!rule)
        {
            throw new InvalidOperationException(broken);
        }
    }

    private static void Dsn(Stream input)
    {
        var reading = DsnReader.ReadAsync(input, CancellationToken.None).GetAwaiter().GetResult();
        Check(reading.IsValid || reading.Problems.Count > 0, "a DSN neither valid nor with a problem");
        Check(!reading.IsValid || reading.Envoi is { Declarations.Count: > 0 }, "a valid DSN without declarations");
    }

    private static IEnumerable<(string, byte[])> DsnSeeds()
    {
        yield return ("one-declaration.dsn", DsnSample.Envoi().Declaration("552081317", "00018").Latin1(crlf: true));
        yield return ("two-declarations-utf8.dsn", DsnSample.Envoi().Declaration("552081317", "00018").Declaration("552081317", "00026", month: "01112026").Utf8(bom: true));
        yield return ("cancels.dsn", DsnSample.Envoi().Declaration("552081317", "00018", type: "04").Latin1());
    }

    /// <summary>Input: one byte for the name's length, the name (UTF-8), then the file's first bytes.</summary>
    private static void FileTypeCheck(Stream input)
    {
        var bytes = ReadAll(input);
        if (bytes.Length == 0)
        {
            return;
        }

        var nameLength = Math.Min(bytes[0], bytes.Length - 1);
        var name = DocumentFileName.Parse(Encoding.UTF8.GetString(bytes, 1, nameLength));
        if (name.IsFailure)
        {
            return;
        }

        Check(!name.Value.Value.Contains('/', StringComparison.Ordinal) && !name.Value.Value.Contains('\\', StringComparison.Ordinal), "a file name kept with a path");
        Check(!name.Value.Value.Any(char.IsControl), "a file name kept with a control character");
        var head = bytes.AsSpan(1 + nameLength);
        var type = FileType.Recognise(name.Value, head[..Math.Min(head.Length, FileType.HeadLength)]);
        Check(type.IsFailure || (FileType.Extensions.Contains(name.Value.Extension) && type.Value.Contains('/', StringComparison.Ordinal)), "a type given to a file the vault does not take");
    }

    private static IEnumerable<(string, byte[])> FileTypeSeeds()
    {
        static byte[] Input(string name, params byte[] head) => [(byte)Encoding.UTF8.GetByteCount(name), .. Encoding.UTF8.GetBytes(name), .. head];
        yield return ("pdf", Input("Attestation.pdf", "%PDF-1.7\n%âãÏÓ"u8.ToArray()));
        yield return ("png", Input("scan.png", 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D));
        yield return ("jpeg", Input("photo.jpg", 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46));
        yield return ("docx", Input("contrat.docx", 0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0x06, 0));
        yield return ("mismatch", Input("facture.pdf", 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A));
    }

    private static void ShareKey(Stream input)
    {
        var key = ShareKeyText.Parse(Encoding.UTF8.GetString(ReadAll(input)));
        if (key.IsSuccess)
        {
            Check(key.Value.Canonical.Length == ShareKeyText.Length, "a key accepted at another length");
            Check(ShareKeyText.Parse(key.Value.Display) is { IsSuccess: true } again && again.Value.Canonical == key.Value.Canonical, "a key accepted that does not read back the same");
        }
    }

    private static IEnumerable<(string, byte[])> ShareKeySeeds()
    {
        var key = ShareKeyText.Generate();
        yield return ("display", Encoding.UTF8.GetBytes(key.Display));
        yield return ("canonical-lower", Encoding.UTF8.GetBytes(key.Canonical.ToLowerInvariant()));
        yield return ("spaced", Encoding.UTF8.GetBytes("  " + key.Display.Replace('-', ' ') + "\r\n"));
    }

    private static void LinkToken(Stream input)
    {
        var text = Encoding.UTF8.GetString(ReadAll(input));
        if (LinkTokens.HashOf(text) is { } hash)
        {
            var token = text.Trim();
            Check(hash.Length == 32 && token.Length == 43, "a token accepted at another length");
            Check(token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'), "a token accepted with a character outside base64url");
        }
    }

    private static IEnumerable<(string, byte[])> LinkTokenSeeds()
    {
        var (token, _) = LinkTokens.New();
        yield return ("token", Encoding.UTF8.GetBytes(token));
        yield return ("spaced", Encoding.UTF8.GetBytes(" " + token + "\r\n"));
    }

    private const string Boundary = "----ModularFuzzBoundary7MA4YWxk";

    private static readonly string[] Fields = ["comment", "folderId"];

    private static void Multipart(Stream input)
    {
        var context = new DefaultHttpContext();
        context.Request.ContentType = "multipart/form-data; boundary=" + Boundary;
        context.Request.Body = input;
        var result = SingleFileUpload.ReceiveAsync(
            context.Request,
            Fields,
            async (fields, fileName, body) =>
            {
                Check(fields.Values.All(v => v.Length <= 1000), "a field kept longer than 1,000 characters");
                await body.CopyToAsync(Stream.Null);
                return TypedResults.Ok(fileName);
            },
            CancellationToken.None).GetAwaiter().GetResult();
        var status = (result as IStatusCodeHttpResult)?.StatusCode;
        Check(status is StatusCodes.Status200OK or StatusCodes.Status400BadRequest, $"an upload answered {status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? result.GetType().Name}");
    }

    private static void FolderUpload(Stream input)
    {
        var context = new DefaultHttpContext();
        context.Request.ContentType = "multipart/form-data; boundary=" + Boundary;
        context.Request.Body = input;
        // The vault stores each file handed on, read to its end.
        var vault = new OtherModules().Answer<UploadDocumentCommand, Result<DocumentDto>>(upload =>
        {
            upload.Content.CopyTo(Stream.Null);
            return Result.Success(new DocumentDto(Guid.NewGuid(), upload.FolderId, upload.FileName, "application/pdf", 0, "", Guid.Empty, DateTimeOffset.UnixEpoch));
        });
        var result = VaultUploads.ReceiveAsync(Guid.NewGuid(), context.Request, vault, CancellationToken.None).GetAwaiter().GetResult();
        var status = (result as IStatusCodeHttpResult)?.StatusCode;
        Check(
            status is StatusCodes.Status201Created or StatusCodes.Status400BadRequest or StatusCodes.Status413PayloadTooLarge,
            $"a folder upload answered {status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? result.GetType().Name}");
    }

    private static IEnumerable<(string, byte[])> MultipartSeeds()
    {
        static byte[] Body(params string[] parts) => Encoding.UTF8.GetBytes(string.Concat(parts.Select(p => $"--{Boundary}\r\n{p}\r\n")) + $"--{Boundary}--\r\n");
        yield return ("field-and-file", Body(
            "Content-Disposition: form-data; name=\"comment\"\r\n\r\nContrat signé",
            "Content-Disposition: form-data; name=\"file\"; filename=\"contrat.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7 fin"));
        yield return ("file-name-star", Body(
            "Content-Disposition: form-data; name=\"file\"; filename*=UTF-8''re%C3%A7u.pdf\r\n\r\n%PDF-1.7"));
        yield return ("no-file", Body("Content-Disposition: form-data; name=\"folderId\"\r\n\r\n3f2504e0-4f89-11d3-9a0c-0305e82c3301"));
    }

    private static void PdfText(Stream input)
    {
        var reading = new PdfPigText().ReadAsync(input, CancellationToken.None).GetAwaiter().GetResult();
        Check(Enum.IsDefined(reading.Outcome), "a PDF read with no outcome");
        Check(reading.Outcome == PdfReadOutcome.Read || reading.Text.Length == 0, "text kept from a PDF not read");
    }

    private static IEnumerable<(string, byte[])> PdfTextSeeds()
    {
        yield return ("letter.pdf", DemoPdf.Create("Lettre de paiement", ["Indemnités journalières du mois de mars.", "Assuré : Julien Rossier."]));
    }
}
