namespace Modular.ClientPortal.Application.Documents.DownloadPortalArchive;

/// <summary>
/// The names of a ZIP's entries: each document's file name, numbered from 2 before its extension
/// when an earlier entry has it already (« lettre.pdf », « lettre (2).pdf »). Names are compared
/// without regard to case, as Windows and macOS unpack them.
/// </summary>
internal sealed class ArchiveEntryNames
{
    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);

    public string Add(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var extension = Path.GetExtension(fileName);
        var name = fileName;
        for (var n = 2; !_taken.Add(name); n++)
        {
            name = $"{stem} ({n}){extension}";
        }

        return name;
    }
}
