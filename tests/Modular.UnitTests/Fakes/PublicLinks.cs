using Modular.SharedKernel.Links;

namespace Modular.UnitTests.Fakes;

/// <summary>The public addresses as the Host makes them, under a fixed base: the page's name, then the token.</summary>
internal sealed class PublicLinks : IPublicLinks
{
    public string BaseUrl => "https://modular.example";

    public string To(PublicPage page, string token) => $"{BaseUrl}/{page.Name}/{token}";
}
