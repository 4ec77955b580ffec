namespace Modular.SharedKernel.Links;

/// <summary>
/// A page of the Host that people reach from outside with a token (a link in an email, a letter,
/// an SMS). Modules declare theirs in their Contracts; only the Host knows its route.
/// </summary>
public sealed record PublicPage(string Name);
