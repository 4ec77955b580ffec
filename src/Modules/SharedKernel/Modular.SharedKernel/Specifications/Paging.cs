namespace Modular.SharedKernel.Specifications;

/// <summary>
/// What a page of a list may ask for, in every module: page numbers from 1, at most
/// <see cref="MaxPageSize"/> rows, and a page whose first row can still be counted (a caller's
/// page 2147483647 is the last page there can be, not an overflow).
/// </summary>
public static class Paging
{
    public const int MaxPageSize = 100;

    /// <summary>The highest page number whose first row fits in an <see cref="int"/>.</summary>
    public const int MaxPage = int.MaxValue / MaxPageSize;

    public static (int Page, int PageSize) Clamp(int page, int pageSize) => (Math.Clamp(page, 1, MaxPage), Math.Clamp(pageSize, 1, MaxPageSize));

    /// <summary>How many rows come before the page (within <see cref="Clamp"/>'s bounds, never negative nor overflowing).</summary>
    public static int Skip(int page, int pageSize)
    {
        var (p, size) = Clamp(page, pageSize);
        return (p - 1) * size;
    }
}
