namespace Modular.SharedKernel.Infrastructure.Persistence;

/// <summary>
/// Where modules keep their data: <c>Modular:DataDirectory</c>, default <c>data</c> under the working
/// directory; the keys (<c>Modular:KeysDirectory</c>) and documents (<c>Modular:BlobDirectory</c>)
/// inside it unless configured elsewhere.
/// </summary>
public sealed class ModularDataOptions
{
    public const string SectionName = "Modular";

    public string DataDirectory { get; set; } = "data";

    public string? KeysDirectory { get; set; }

    public string? BlobDirectory { get; set; }

    public string FullDataDirectory => Path.GetFullPath(DataDirectory);

    public string FullKeysDirectory => Path.GetFullPath(KeysDirectory ?? Path.Combine(FullDataDirectory, "keys"));

    public string FullBlobDirectory => Path.GetFullPath(BlobDirectory ?? Path.Combine(FullDataDirectory, "blobs"));
}
