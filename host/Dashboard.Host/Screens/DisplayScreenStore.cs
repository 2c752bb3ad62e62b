using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Dashboard.Host.Storage;
using LiteDB;

namespace Dashboard.Host.Screens;

/// <summary>
/// Display screens and their tokens. Tokens (32 random bytes) and pairing codes are shown once and kept only as SHA-256
/// hashes; tokens never expire by themselves, a pairing code works once within <see cref="PairingLifetime"/>.
/// </summary>
public sealed class DisplayScreenStore(DashboardDatabase database, TimeProvider time)
{
    public const string TokenPrefix = "dst_";

    public const int PairingCodeLength = 8;

    public static readonly TimeSpan PairingLifetime = TimeSpan.FromHours(1);

    /// <summary>Last use is written at most this often per screen, to spare the single writer.</summary>
    public static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    // No 0/O, 1/I/L: a code is read off one screen and typed on another with a remote control.
    private const string PairingAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private readonly ConcurrentDictionary<string, long> _lastUsedWritten = new(StringComparer.Ordinal);

    public IReadOnlyList<DisplayScreen> GetAll() => Screens.FindAll().OrderBy(screen => screen.CreatedUtcTicks).ToList();

    public async Task<IssuedScreen> CreateAsync(string name, IReadOnlyList<string> dashboardIds, string createdBy, CancellationToken cancellationToken)
    {
        var token = NewToken();
        var code = RandomNumberGenerator.GetString(PairingAlphabet, PairingCodeLength);
        var now = time.GetUtcNow();
        var screen = new DisplayScreen
        {
            Id = RandomNumberGenerator.GetHexString(12, lowercase: true),
            Name = name,
            DashboardIds = [.. dashboardIds],
            TokenHashes = [Hash(token)],
            PairingCodeHash = Hash(code),
            PairingExpiresUtcTicks = (now + PairingLifetime).UtcTicks,
            CreatedUtcTicks = now.UtcTicks,
            CreatedBy = createdBy,
        };
        await database.WriteAsync(db => db.GetCollection<DisplayScreen>(CollectionNames.DisplayScreens).Insert(screen), cancellationToken);
        return new IssuedScreen(screen, token, code);
    }

    /// <summary>The screen whose token this is, noting the use; null for an unknown or revoked token.</summary>
    public async Task<DisplayScreen?> VerifyAsync(string token, CancellationToken cancellationToken)
    {
        var hash = Hash(token);
        var screen = Screens.FindAll().FirstOrDefault(candidate => candidate.TokenHashes.Contains(hash, StringComparer.Ordinal));
        if (screen is not null)
        {
            await NoteUseAsync(screen.Id, cancellationToken);
        }

        return screen;
    }

    /// <summary>Trades a fresh pairing code for a new token of its screen; the code works once. Null when unknown or expired.</summary>
    public Task<(DisplayScreen Screen, string Token)?> PairAsync(string code, CancellationToken cancellationToken)
    {
        var hash = Hash(NormalisePairingCode(code));
        var token = NewToken();
        var now = time.GetUtcNow().UtcTicks;
        return database.WriteAsync<(DisplayScreen, string)?>(db =>
        {
            var screens = db.GetCollection<DisplayScreen>(CollectionNames.DisplayScreens);
            var screen = screens.FindAll().FirstOrDefault(candidate => candidate.PairingCodeHash == hash && candidate.PairingExpiresUtcTicks > now);
            if (screen is null)
            {
                return null;
            }

            screen.PairingCodeHash = null;
            screen.PairingExpiresUtcTicks = null;
            screen.TokenHashes.Add(Hash(token));
            screens.Update(screen);
            return (screen, token);
        }, cancellationToken);
    }

    /// <summary>Deletes the screen with all its tokens; false when there is no such screen.</summary>
    public async Task<bool> RevokeAsync(string id, CancellationToken cancellationToken)
    {
        _lastUsedWritten.TryRemove(id, out _);
        return await database.WriteAsync(db => db.GetCollection<DisplayScreen>(CollectionNames.DisplayScreens).Delete(id), cancellationToken);
    }

    /// <summary>Upper case without spaces or dashes, so "abcd-efgh" pairs as "ABCDEFGH".</summary>
    public static string NormalisePairingCode(string code) =>
        new(code.Where(character => !char.IsWhiteSpace(character) && character != '-').Select(char.ToUpperInvariant).ToArray());

    private ILiteCollection<DisplayScreen> Screens => database.Collection<DisplayScreen>(CollectionNames.DisplayScreens);

    private static string NewToken() => TokenPrefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    private static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private async Task NoteUseAsync(string id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcTicks;
        var written = _lastUsedWritten.GetOrAdd(id, long.MinValue);
        if ((written != long.MinValue && now - written < LastUsedResolution.Ticks) || !_lastUsedWritten.TryUpdate(id, now, written))
        {
            return;
        }

        await database.WriteAsync(db =>
        {
            var screens = db.GetCollection<DisplayScreen>(CollectionNames.DisplayScreens);
            if (screens.FindById(id) is { } current)
            {
                current.LastUsedUtcTicks = now;
                screens.Update(current);
            }
        }, cancellationToken);
    }
}
