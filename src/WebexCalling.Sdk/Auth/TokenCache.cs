using System.Globalization;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace WebexCalling.Sdk.Auth;

/// <summary>
/// Reads and writes <see cref="Tokens"/> as a flat YAML file, in the layout wxc_sdk's
/// <c>get_cached_tokens_from_yml</c> uses, so a Python script and a .NET program can share one cache.
/// </summary>
/// <remarks>
/// A write goes to a temporary file in the same folder which then replaces the cache in one rename: a crash leaves
/// either the old or the new file, never half of one; a temporary file a killed writer left behind (it holds tokens) is
/// deleted by the next read or write once it is a minute old. On Linux and macOS the file is created readable and writable by
/// its owner only (0600). Keep cache files out of version control.
/// </remarks>
public static class TokenCache
{
    private const string TempSuffix = ".tmp";

    // the hex digits of a writer's temp file name (tokens.1a2b3c4d.yml.tmp), written and recognised by the same count
    private const int TempIdLength = 8;

    // a write takes milliseconds: a temp file this old was left by a writer that died between its write and its rename
    private static readonly TimeSpan StaleTempAge = TimeSpan.FromMinutes(1);

    /// <summary>Reads the tokens cached in <paramref name="path"/>.</summary>
    /// <param name="path">The YAML file.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The tokens, or null when the file (or its folder) does not exist.</returns>
    /// <exception cref="TokenCacheException">The file is empty, not YAML, or not a mapping of token fields.</exception>
    public static async Task<Tokens?> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        DeleteStaleTemps(Path.GetFullPath(path));
        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, Encoding.UTF8, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        return Parse(path, text);
    }

    /// <summary>Replaces the cache in <paramref name="path"/> with <paramref name="tokens"/>, atomically.</summary>
    /// <param name="path">The YAML file; its folder is created if missing.</param>
    /// <param name="tokens">The tokens to store.</param>
    /// <param name="cancellationToken">Cancels the write; the old file then stays as it was.</param>
    /// <exception cref="IOException">The file cannot be written; the old file stays as it was.</exception>
    public static Task WriteAsync(string path, Tokens tokens, CancellationToken cancellationToken = default) =>
        WriteAsync(path, tokens, static (temp, target) => File.Move(temp, target, overwrite: true), cancellationToken);

    // the replace step is a parameter so that a test can make it fail like a crash between write and rename
    internal static async Task WriteAsync(string path, Tokens tokens, Action<string, string> replace, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(tokens);
        string full = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(full) ?? ".";
        Directory.CreateDirectory(folder);
        // tokens.1a2b3c4d.yml.tmp: unique per writer, and matched by a *.yml.tmp ignore rule
        string temp = Path.Combine(folder,
            $"{Path.GetFileNameWithoutExtension(full)}.{Guid.NewGuid().ToString("N")[..TempIdLength]}{Path.GetExtension(full)}{TempSuffix}");
        byte[] bytes = Encoding.UTF8.GetBytes(Format(tokens));
        try
        {
            var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows()) create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            var stream = new FileStream(temp, create);
            await using (stream.ConfigureAwait(false))
            {
                await stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }
            replace(temp, full);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
        DeleteStaleTemps(full);
    }

    // a temp file holds tokens too: one a killed writer left must not stay behind for anyone to read
    private static void DeleteStaleTemps(string full)
    {
        string folder = Path.GetDirectoryName(full) ?? ".";
        string stem = Path.GetFileNameWithoutExtension(full);
        string extension = Path.GetExtension(full);
        IEnumerable<string> temps;
        try
        {
            temps = Directory.EnumerateFiles(folder, $"{stem}.*{extension}{TempSuffix}").ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return; // no folder yet, or not ours to list
        }
        var now = DateTime.UtcNow;
        foreach (string temp in temps)
        {
            // only our own naming (stem.8 hex digits.ext.tmp), and only files no writer is still busy with
            string name = Path.GetFileName(temp);
            if (name.Length != stem.Length + 1 + TempIdLength + extension.Length + TempSuffix.Length) continue;
            string middle = name.Substring(stem.Length + 1, TempIdLength);
            if (!middle.All(char.IsAsciiHexDigit)) continue;
            try
            {
                if (now - File.GetLastWriteTimeUtc(temp) < StaleTempAge) continue;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }
            TryDelete(temp);
        }
    }

    internal static string Format(Tokens tokens)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        var emitter = new Emitter(writer);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        emitter.Emit(new MappingStart(null, null, isImplicit: true, MappingStyle.Block));
        // wxc_sdk (yaml.safe_dump) writes the keys sorted; the *_in lifetimes too, which its service-app example reads
        Field(emitter, "access_token", tokens.AccessToken);
        Field(emitter, "expires_at", Timestamp(tokens.ExpiresAt));
        Number(emitter, "expires_in", tokens.ExpiresIn);
        Field(emitter, "refresh_token", tokens.RefreshToken);
        Field(emitter, "refresh_token_expires_at", Timestamp(tokens.RefreshTokenExpiresAt));
        Number(emitter, "refresh_token_expires_in", tokens.RefreshTokenExpiresIn);
        Field(emitter, "scope", tokens.Scope);
        Field(emitter, "token_type", tokens.TokenType);
        emitter.Emit(new MappingEnd());
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return writer.ToString();
    }

    internal static Tokens Parse(string path, string text)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new TokenCacheException(path, "the file is empty");
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new TokenCacheException(path,
                $"it is not valid YAML (line {e.Start.Line}, column {e.Start.Column}); it may have been cut short", e);
        }
        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
            throw new TokenCacheException(path, "it is not a YAML mapping of token fields (access_token: …)");

        var tokens = new Tokens();
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key }) continue;
            if (valueNode is not YamlScalarNode scalar)
                throw new TokenCacheException(path, $"the field {key} is not a single value");
            string? value = IsNull(scalar) ? null : scalar.Value;
            tokens = key switch
            {
                "access_token" => tokens with { AccessToken = value },
                "expires_in" => tokens with { ExpiresIn = ParseNumber(path, key, value) },
                "expires_at" => tokens with { ExpiresAt = ParseTimestamp(path, key, value) },
                "refresh_token" => tokens with { RefreshToken = value },
                "refresh_token_expires_in" => tokens with { RefreshTokenExpiresIn = ParseNumber(path, key, value) },
                "refresh_token_expires_at" => tokens with { RefreshTokenExpiresAt = ParseTimestamp(path, key, value) },
                "token_type" => tokens with { TokenType = value },
                "scope" => tokens with { Scope = value },
                _ => tokens, // fields a later wxc_sdk may add
            };
        }
        if (string.IsNullOrEmpty(tokens.AccessToken) && string.IsNullOrEmpty(tokens.RefreshToken))
            throw new TokenCacheException(path, "it holds neither an access_token nor a refresh_token");
        return tokens;
    }

    private static void Field(Emitter emitter, string key, string? value)
    {
        if (value is null) return;
        emitter.Emit(new Scalar(key));
        // quote what a YAML reader would otherwise take for a number, boolean, null or timestamp
        var style = LooksTyped(value) ? ScalarStyle.SingleQuoted : ScalarStyle.Any;
        emitter.Emit(new Scalar(null, null, value, style, isPlainImplicit: true, isQuotedImplicit: true));
    }

    private static void Number(Emitter emitter, string key, long? value)
    {
        if (value is null) return;
        emitter.Emit(new Scalar(key));
        emitter.Emit(new Scalar(value.Value.ToString(CultureInfo.InvariantCulture)));
    }

    // Python's isoformat, as wxc_sdk writes it: 2023-05-30T14:35:37.246110+00:00
    private static string? Timestamp(DateTimeOffset? value) =>
        value?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'+00:00'", CultureInfo.InvariantCulture);

    private static bool LooksTyped(string value) =>
        value.Length == 0 || value is "~" || char.IsDigit(value[0]) || value[0] is '-' or '+' or '.'
        || value.ToUpperInvariant() is "NULL" or "TRUE" or "FALSE" or "YES" or "NO" or "ON" or "OFF" or "Y" or "N";

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style is ScalarStyle.Plain or ScalarStyle.Any && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    private static long? ParseNumber(string path, string key, string? value)
    {
        if (value is null) return null;
        if (long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out long number)) return number;
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double real)) return (long)real;
        throw new TokenCacheException(path, $"the field {key} is not a number");
    }

    private static DateTimeOffset? ParseTimestamp(string path, string key, string? value)
    {
        if (value is null) return null;
        // wxc_sdk writes ISO 8601 with an offset; PyYAML's own timestamps use a space instead of the T
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var at))
            return at;
        throw new TokenCacheException(path, $"the field {key} is not an ISO 8601 timestamp");
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
