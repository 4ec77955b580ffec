namespace Modular.SharedKernel.Infrastructure.Persistence;

/// <summary>Where modules keep their data: <c>Modular:DataDirectory</c>, default <c>data</c> under the working directory.</summary>
public sealed class ModularDataOptions
{
    public const string SectionName = "Modular";

    public string DataDirectory { get; set; } = "data";

    public string FullDataDirectory => Path.GetFullPath(DataDirectory);
}
