namespace Modular.Delegation.Application.Ports;

/// <summary>
/// A party's signature as the form shows it: the image (drawn or scanned), or a digital one's
/// certificate, and when; no time for a digital signature still to give (the PDF it will sign).
/// </summary>
internal sealed record FormSignature(string Kind, DateTimeOffset? SignedAt, byte[]? Image, string? SignerSubject, DateTimeOffset? CertificateNotAfter)
{
    /// <summary>The part is to be signed digitally: the <c>.p7s</c> will come with this PDF.</summary>
    public static readonly FormSignature DigitalPending = new("Digital", null, null, null, null);
}

/// <summary>What a mandate form says, both parts and the decision, in the reader's language (<c>fr</c> or <c>en</c>).</summary>
internal sealed record MandateFormContent(
    Guid RequestId,
    string Language,
    string OrganisationName,
    string MandatorName,
    string MandatorEmail,
    string ServiceName,
    string Category,
    string MandataryName,
    DateOnly EndsOn,
    DateTimeOffset CreatedAt,
    FormSignature MandatorSignature,
    string? MandataryEmail,
    FormSignature? MandatarySignature,
    DateTimeOffset ExpiresAt,
    string State,
    DateTimeOffset? DecidedAt,
    string? RefusalReason);

/// <summary>« Un fichier par formulaire »: the PDF of one mandate request, with both parts and both signatures.</summary>
internal interface IMandateForms
{
    byte[] Render(MandateFormContent content);
}
