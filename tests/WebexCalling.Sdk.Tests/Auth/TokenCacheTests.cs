using WebexCalling.Sdk.Auth;

namespace WebexCalling.Sdk.Tests.Auth;

public class TokenCacheTests
{
    private static readonly Tokens Sample = new()
    {
        AccessToken = AuthFixtures.AccessToken,
        ExpiresIn = 1209599,
        ExpiresAt = new DateTimeOffset(2026, 12, 12, 8, 0, 0, 246, TimeSpan.Zero),
        RefreshToken = AuthFixtures.RefreshToken,
        RefreshTokenExpiresIn = 7775954,
        RefreshTokenExpiresAt = new DateTimeOffset(2027, 2, 26, 8, 0, 0, TimeSpan.Zero),
        TokenType = "Bearer",
        Scope = "spark:kms spark-admin:locations_read",
    };

    [Fact]
    public async Task WriteAsync_ThenReadAsync_GivesTheSameTokensInWxcSdkLayout()
    {
        using var dir = new TempFolder();
        string path = dir.File("tokens.yml");

        await TokenCache.WriteAsync(path, Sample);
        var read = await TokenCache.ReadAsync(path);

        Assert.Equal(Sample, read);
        Assert.Equal("""
            access_token: ACCESS-d1a6f2c4e8b04e6f9a3c7b5d2e1f0a9c-access-secret
            expires_at: '2026-12-12T08:00:00.246000+00:00'
            expires_in: 1209599
            refresh_token: REFRESH-9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4-refresh-secret
            refresh_token_expires_at: '2027-02-26T08:00:00.000000+00:00'
            refresh_token_expires_in: 7775954
            scope: spark:kms spark-admin:locations_read
            token_type: Bearer

            """.ReplaceLineEndings("\n"), (await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n"));
        Assert.Empty(Directory.GetFiles(dir.Path, "*.tmp"));
    }

    [Fact]
    public async Task ReadAsync_FileWrittenByWxcSdk_IsRead()
    {
        using var dir = new TempFolder();
        string path = dir.File("wxc.yml");
        // yaml.safe_dump of Tokens.model_dump_json(): null lifetimes, isoformat timestamps with microseconds
        await File.WriteAllTextAsync(path, """
            access_token: ZGV1Y2abc
            expires_at: '2023-05-30T14:35:37.246110+00:00'
            expires_in: null
            refresh_token: NTlkabc
            refresh_token_expires_at: '2023-08-14T14:08:57.246110+00:00'
            refresh_token_expires_in: 7775999
            scope: spark:kms spark:people_read
            token_type: Bearer
            """);

        var tokens = await TokenCache.ReadAsync(path);

        Assert.NotNull(tokens);
        Assert.Equal("ZGV1Y2abc", tokens.AccessToken);
        Assert.Null(tokens.ExpiresIn);
        Assert.Equal(new DateTimeOffset(2023, 5, 30, 14, 35, 37, TimeSpan.Zero).AddTicks(2461100), tokens.ExpiresAt);
        Assert.Equal("NTlkabc", tokens.RefreshToken);
        Assert.Equal(new DateTimeOffset(2023, 8, 14, 14, 8, 57, TimeSpan.Zero).AddTicks(2461100), tokens.RefreshTokenExpiresAt);
        Assert.Equal(7775999, tokens.RefreshTokenExpiresIn);
        Assert.Equal("spark:kms spark:people_read", tokens.Scope);
        Assert.Equal("Bearer", tokens.TokenType);
    }

    [Fact]
    public async Task ReadAsync_PyYamlTimestampWithoutQuotes_IsRead()
    {
        using var dir = new TempFolder();
        string path = dir.File("t.yml");
        await File.WriteAllTextAsync(path, "access_token: abc\nexpires_at: 2023-05-30 14:35:37.246110+00:00\n");

        var tokens = await TokenCache.ReadAsync(path);

        Assert.Equal(new DateTimeOffset(2023, 5, 30, 14, 35, 37, TimeSpan.Zero).AddTicks(2461100), tokens!.ExpiresAt);
    }

    [Fact]
    public async Task ReadAsync_MissingFileOrFolder_IsNull()
    {
        using var dir = new TempFolder();

        Assert.Null(await TokenCache.ReadAsync(dir.File("none.yml")));
        Assert.Null(await TokenCache.ReadAsync(Path.Combine(dir.Path, "no-folder", "none.yml")));
    }

    [Theory]
    [InlineData("access_token: 'ACCESS-d1a6f2c4e8b04e6f9a3c7b5d2e1f0a9c-acc", "not valid YAML")] // cut short in a quote
    [InlineData("- ACCESS-d1a6f2c4e8b04e6f9a3c7b5d2e1f0a9c-access-secret\n- x\n", "not a YAML mapping")]
    [InlineData("", "empty")]
    [InlineData("access_token: ACCESS-d1a6f2c4e8b04e6f9a3c7b5d2e1f0a9c-access-secret\nexpires_at: soon\n", "expires_at is not an ISO 8601 timestamp")]
    [InlineData("token_type: Bearer\n", "neither an access_token nor a refresh_token")]
    [InlineData("access_token: [ACCESS-d1a6f2c4e8b04e6f9a3c7b5d2e1f0a9c-access-secret\n", "not valid YAML")]
    public async Task ReadAsync_CorruptFile_ThrowsTokenCacheExceptionNamingFileAndProblem(string content, string problem)
    {
        using var dir = new TempFolder();
        string path = dir.File("corrupt.yml");
        await File.WriteAllTextAsync(path, content);

        var e = await Assert.ThrowsAsync<TokenCacheException>(() => TokenCache.ReadAsync(path));

        Assert.Equal(path, e.Path);
        Assert.Contains(path, e.Message);
        Assert.Contains(problem, e.Message);
        Assert.DoesNotContain(AuthFixtures.AccessToken, e.Message);
    }

    [Fact]
    public async Task ReadAsync_InvalidYaml_KeepsTheParserExceptionAsInner()
    {
        using var dir = new TempFolder();
        string path = dir.File("corrupt.yml");
        await File.WriteAllTextAsync(path, "access_token: \"abc\n");

        var e = await Assert.ThrowsAsync<TokenCacheException>(() => TokenCache.ReadAsync(path));

        Assert.IsAssignableFrom<YamlDotNet.Core.YamlException>(e.InnerException);
    }

    [Fact]
    public async Task WriteAsync_OnUnix_CreatesTheFileReadableByItsOwnerOnly_EvenOverALooserOne()
    {
        if (OperatingSystem.IsWindows()) return; // no Unix permissions to check
        using var dir = new TempFolder();
        string path = dir.File("tokens.yml");
        await File.WriteAllTextAsync(path, "access_token: old\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        await TokenCache.WriteAsync(path, Sample);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    [Fact]
    public async Task WriteAsync_CrashBetweenTempWriteAndRename_LeavesTheOldCacheIntact()
    {
        using var dir = new TempFolder();
        string path = dir.File("tokens.yml");
        await TokenCache.WriteAsync(path, Sample);
        string? tempSeen = null;

        var e = await Assert.ThrowsAsync<IOException>(() => TokenCache.WriteAsync(path, Sample with { AccessToken = "replacement" },
            (temp, _) =>
            {
                tempSeen = temp;
                Assert.Contains("replacement", File.ReadAllText(temp)); // the new content was fully written first
                throw new IOException("simulated crash before the rename");
            }, CancellationToken.None));

        Assert.Equal(Sample, await TokenCache.ReadAsync(path));
        Assert.NotNull(tempSeen);
        Assert.Equal(dir.Path, Path.GetDirectoryName(tempSeen)); // same folder, so the rename cannot cross file systems
        Assert.False(File.Exists(tempSeen));
    }

    [Fact]
    public async Task ReadAsync_TempFileLeftByAKilledWriter_DoesNotDisturbTheCache()
    {
        using var dir = new TempFolder();
        string path = dir.File("tokens.yml");
        await TokenCache.WriteAsync(path, Sample);
        // what a process killed in mid-write leaves behind
        await File.WriteAllTextAsync(dir.File("tokens.0badc0de.yml.tmp"), "access_token: half-writ");

        Assert.Equal(Sample, await TokenCache.ReadAsync(path));
        await TokenCache.WriteAsync(path, Sample with { Scope = "x" });
        Assert.Equal("x", (await TokenCache.ReadAsync(path))!.Scope);
    }

    [Fact]
    public async Task WriteAsync_StaleTempFileOfAKilledWriter_HoldingTokens_IsDeleted()
    {
        using var dir = new TempFolder();
        string path = dir.File("tokens.yml");
        // kill -9 between writing the temp file and the rename: the tokens sit in a .tmp nobody will rename
        string stale = dir.File("tokens.0badc0de.yml.tmp");
        await File.WriteAllTextAsync(stale, TokenCache.Format(Sample));
        File.SetLastWriteTimeUtc(stale, DateTime.UtcNow.AddHours(-1));
        string other = dir.File("other.0badc0de.yml.tmp"); // another cache's: not ours to delete
        await File.WriteAllTextAsync(other, "access_token: x");
        File.SetLastWriteTimeUtc(other, DateTime.UtcNow.AddHours(-1));

        await TokenCache.WriteAsync(path, Sample);

        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(other));
        Assert.Equal(Sample, await TokenCache.ReadAsync(path));
    }

    [Fact]
    public async Task ReadAsync_StaleTempFile_IsDeleted_ButAFreshOneOfAWriterAtWorkIsLeft()
    {
        using var dir = new TempFolder();
        string path = dir.File("tokens.yml");
        await TokenCache.WriteAsync(path, Sample);
        string stale = dir.File("tokens.0badc0de.yml.tmp");
        await File.WriteAllTextAsync(stale, TokenCache.Format(Sample));
        File.SetLastWriteTimeUtc(stale, DateTime.UtcNow.AddHours(-1));
        string fresh = dir.File("tokens.1234abcd.yml.tmp"); // another process is between its write and its rename
        await File.WriteAllTextAsync(fresh, TokenCache.Format(Sample));

        Assert.Equal(Sample, await TokenCache.ReadAsync(path));

        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(fresh));
    }

    [Theory]
    [InlineData("123456")]
    [InlineData("true")]
    [InlineData("null")]
    [InlineData("-abc: def")]
    [InlineData("a: b # c")]
    public async Task WriteAsync_ValuesAYamlReaderWouldRetype_ComeBackAsStrings(string value)
    {
        using var dir = new TempFolder();
        string path = dir.File("tokens.yml");

        await TokenCache.WriteAsync(path, new Tokens { AccessToken = value, Scope = value });

        var read = await TokenCache.ReadAsync(path);
        Assert.Equal(value, read!.AccessToken);
        Assert.Equal(value, read.Scope);
    }
}
