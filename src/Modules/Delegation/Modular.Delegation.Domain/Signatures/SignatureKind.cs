namespace Modular.Delegation.Domain.Signatures;

/// <summary>The forms of electronic signature a mandate form accepts (the seed's three).</summary>
internal enum SignatureKind
{
    /// <summary>« Signature manuscrite apposée à l'aide d'un accessoire technologique »: drawn with a stylus, a touch screen or a mouse, kept as a PNG of the strokes.</summary>
    Drawn,

    /// <summary>« Signature manuscrite numérisée »: the image of a handwritten signature.</summary>
    Scanned,

    /// <summary>« Signature numérique »: a detached CMS (PKCS #7) signature of the form's PDF, made with a certificate.</summary>
    Digital,
}
