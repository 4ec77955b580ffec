namespace Modular.SharedKernel.Links;

/// <summary>
/// The absolute addresses we hand out, built from the configured public base address
/// (<c>Modular:PublicBaseUrl</c>) and never from a request's Host or forwarded headers, so that
/// nobody can put another domain into the links we send.
/// </summary>
public interface IPublicLinks
{
    /// <summary>The public base address, ending without a slash (e.g. <c>https://modular.example</c>).</summary>
    string BaseUrl { get; }

    /// <summary>The absolute address of <paramref name="page"/> for <paramref name="token"/>.</summary>
    string To(PublicPage page, string token);
}
