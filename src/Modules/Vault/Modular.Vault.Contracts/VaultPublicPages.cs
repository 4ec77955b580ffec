using Modular.SharedKernel.Links;

namespace Modular.Vault.Contracts;

/// <summary>The Vault's pages reached from outside with a token; the Host gives each its route.</summary>
public static class VaultPublicPages
{
    /// <summary>A one-time download link: the recipient gives the code there.</summary>
    public static readonly PublicPage DownloadLink = new("vault.download-link");

    /// <summary>An invitation into the vault: the invited person gives the code, then signs in or creates an account.</summary>
    public static readonly PublicPage Invitation = new("vault.invitation");

    /// <summary>« Collecter des documents »: the upload-only page of a collection request.</summary>
    public static readonly PublicPage CollectionDepot = new("vault.collection-depot");

    /// <summary>A folder opened to an invited person, in « Mes coffres partagés » (they sign in to see it); the token is the folder's id.</summary>
    public static readonly PublicPage GuestFolder = new("vault.guest-folder");
}
