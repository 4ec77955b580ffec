using Microsoft.Net.Http.Headers;

namespace Modular.Host.Api;

/// <summary>
/// A file part's name as the client sent it, <c>filename*</c> first, for every API upload reader.
/// ASP.NET Core's header type throws, rather than refusing, when it decodes a <c>filename*</c>
/// without a value or in an encoding .NET no longer supports, such as UTF-7 (both found by
/// fuzzing): such a part cannot be read.
/// </summary>
internal static class UploadFileName
{
    public static bool TryRead(ContentDispositionHeaderValue disposition, out string? fileName)
    {
        try
        {
            fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
            return true;
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException)
        {
            fileName = null;
            return false;
        }
    }
}
