using System.Runtime.InteropServices;

namespace Modular.Host.Hosting;

/// <summary>
/// The data at rest (databases, documents, keys) is readable by the account the Host runs as and no
/// other: every file the process creates is owner-only (umask 077), and at each start the data,
/// keys and documents folders are made 700 and the databases and key files 600, which also mends a
/// folder created by an older version. Windows keeps its own ACLs.
/// </summary>
internal static class OwnerOnlyFiles
{
    private const UnixFileMode Folder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private const UnixFileMode File = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>From now on, files and folders this process creates are its owner's only.</summary>
    public static void ForNewFiles()
    {
        if (!OperatingSystem.IsWindows())
        {
            _ = SetUmask(Convert.ToUInt32("077", 8));
        }
    }

    /// <summary>Creates the folders owner-only, and takes from group and others what they hold.</summary>
    public static void Tighten(string dataDirectory, string keysDirectory, string blobDirectory)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        foreach (var folder in new[] { dataDirectory, keysDirectory, blobDirectory })
        {
            Directory.CreateDirectory(folder, Folder);
            System.IO.File.SetUnixFileMode(folder, Folder);
        }

        // The databases (with their journals) and every key; documents are reached only through their
        // owner-only folder, and are created owner-only (walking them all at each start would be slow).
        foreach (var file in Directory.EnumerateFiles(dataDirectory, "*.db*").Concat(Directory.EnumerateFiles(keysDirectory)))
        {
            System.IO.File.SetUnixFileMode(file, File);
        }
    }

    // A plain call with no pointers or strings: DllImport needs no unsafe code, unlike LibraryImport.
    [DllImport("libc", EntryPoint = "umask")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern uint SetUmask(uint mask);
}
