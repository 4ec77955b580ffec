using Modular.SharedKernel.Results;

namespace Modular.Host.Api;

/// <summary>
/// The refusals of a multipart upload's envelope, the same for every endpoint that takes files (the
/// Vault's documents, the portal's PDF, a DSN): texts in both languages under <c>Error.{code}</c>.
/// </summary>
internal static class UploadErrors
{
    public static readonly Error NotMultipart = Error.Invalid(
        "upload-not-multipart", "Envoyez la requête en multipart/form-data, chaque fichier dans une partie nommée « file » (les champs éventuels avant lui).");

    public static readonly Error MultipartUnreadable = Error.Invalid(
        "multipart-unreadable", "Le corps multipart/form-data ne peut être lu : vérifiez la limite (boundary) et la fin du message.");

    public static readonly Error FileMissing = Error.Invalid(
        "file-missing", "La requête ne contient aucun fichier : envoyez-le dans une partie nommée « file ».");
}
