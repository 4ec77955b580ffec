namespace Modular.Host;

/// <summary>
/// Anchor of the UI strings: Resources/SharedResource.resx holds the French text (default),
/// SharedResource.en.resx the English.
/// </summary>
#pragma warning disable CA1052 // A marker type for IStringLocalizer<T>; never instantiated.
public sealed class SharedResource;
#pragma warning restore CA1052
