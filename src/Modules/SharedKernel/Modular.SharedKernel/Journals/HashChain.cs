using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace Modular.SharedKernel.Journals;

/// <summary>How a line's hash is made: SHA-256 over its chain, position, previous hash and fields.</summary>
public static class HashChain
{
    public const int HashLength = 64;

    private const string Version = "modular-chain-1";

    /// <summary>
    /// The lowercase hexadecimal SHA-256 of a JSON array of the version, the chain, the position, the
    /// previous hash and the fields: unambiguous whatever the values hold (no separator to forge).
    /// </summary>
    public static string Compute(Guid chainId, long position, string? previousHash, IReadOnlyList<string?> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            json.WriteStringValue(Version);
            json.WriteStringValue(chainId.ToString("D"));
            json.WriteNumberValue(position);
            WriteNullable(json, previousHash);
            foreach (var field in fields)
            {
                WriteNullable(json, field);
            }

            json.WriteEndArray();
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
    }

    /// <summary>Seals a line after the chain's last one (<paramref name="head"/>, null for a new chain) and returns the new last.</summary>
    public static ChainLink Append(IChainedRecord record, Guid chainId, ChainLink? head)
    {
        ArgumentNullException.ThrowIfNull(record);
        var position = (head?.Position ?? 0) + 1;
        var previous = head?.Hash;
        var link = new ChainLink(chainId, position, previous, Compute(chainId, position, previous, record.ChainedFields()));
        record.Seal(link);
        return link;
    }

    /// <summary>An instant as the hash sees it: microseconds since year 1 (what every database keeps exactly).</summary>
    public static string Field(DateTimeOffset at) => (at.UtcTicks / 10).ToString(CultureInfo.InvariantCulture);

    public static string Field(Guid id) => id.ToString("D");

    public static string? Field(Guid? id) => id?.ToString("D");

    public static string Field(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static void WriteNullable(Utf8JsonWriter json, string? value)
    {
        if (value is null)
        {
            json.WriteNullValue();
        }
        else
        {
            json.WriteStringValue(value);
        }
    }
}
