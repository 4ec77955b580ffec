namespace Modular.ArchitectureTests;

/// <summary>The projects a module is made of, as in Modular.Identity.Domain.</summary>
internal enum Layer
{
    Contracts,
    Domain,
    Application,
    Infrastructure,
}
