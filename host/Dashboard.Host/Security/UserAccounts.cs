using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Dashboard.Host.Security;

/// <summary>Passwords (Identity's <see cref="PasswordHasher{TUser}"/>), sign-in with lockout, and new users.</summary>
public sealed class UserAccounts(UserStore users, TimeProvider time)
{
    /// <summary>Wrong passwords in a row that lock an account.</summary>
    public const int MaxFailedSignIns = 5;

    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    private const string WrongCredentials = "The user name or the password is wrong.";

    private static readonly PasswordHasher<DashboardUser> Hasher = new();

    // Verified when the user name is unknown, so that the answer takes as long as for a known user.
    private static readonly string UnknownUserHash = Hasher.HashPassword(new DashboardUser(), RandomNumberGenerator.GetHexString(32));

    public DashboardUser NewUser(string userName, string role, string password)
    {
        var user = new DashboardUser
        {
            Id = UserStore.IdOf(userName),
            UserName = userName.Trim(),
            Role = role,
            SecurityStamp = NewStamp(),
            CreatedUtcTicks = time.GetUtcNow().UtcTicks,
        };
        user.PasswordHash = Hasher.HashPassword(user, password);
        return user;
    }

    public static string NewStamp() => RandomNumberGenerator.GetHexString(16);

    public async Task<SignInResult> SignInAsync(string userName, string password, CancellationToken cancellationToken)
    {
        var user = users.Find(userName);
        if (user is null)
        {
            Hasher.VerifyHashedPassword(new DashboardUser(), UnknownUserHash, password);
            return new SignInResult(null, WrongCredentials);
        }

        var now = time.GetUtcNow();
        if (LockedUntil(user, now) is { } lockedUntil)
        {
            return Locked(lockedUntil, now);
        }

        if (Hasher.VerifyHashedPassword(user, user.PasswordHash, password) == PasswordVerificationResult.Failed)
        {
            var failed = await users.UpdateAsync(user.Id, stored => NoteFailure(stored, now), cancellationToken);
            return failed is not null && LockedUntil(failed, now) is { } nowLockedUntil
                ? Locked(nowLockedUntil, now)
                : new SignInResult(null, WrongCredentials);
        }

        var signedIn = await users.UpdateAsync(user.Id, stored =>
        {
            stored.FailedSignIns = 0;
            stored.LockedUntilUtcTicks = null;
            stored.LastSignInUtcTicks = now.UtcTicks;
            if (Hasher.VerifyHashedPassword(stored, stored.PasswordHash, password) == PasswordVerificationResult.SuccessRehashNeeded)
            {
                stored.PasswordHash = Hasher.HashPassword(stored, password);
            }
        }, cancellationToken);
        return signedIn is null ? new SignInResult(null, WrongCredentials) : new SignInResult(signedIn, null);
    }

    public static bool PasswordMatches(DashboardUser user, string password) =>
        Hasher.VerifyHashedPassword(user, user.PasswordHash, password) != PasswordVerificationResult.Failed;

    /// <summary>Sets a new password and stamp, and lifts a lockout; returns the user as changed, or null when gone.</summary>
    public Task<DashboardUser?> SetPasswordAsync(string userName, string password, CancellationToken cancellationToken) =>
        users.UpdateAsync(userName, stored =>
        {
            stored.PasswordHash = Hasher.HashPassword(stored, password);
            stored.SecurityStamp = NewStamp();
            stored.FailedSignIns = 0;
            stored.LockedUntilUtcTicks = null;
        }, cancellationToken);

    public static DateTimeOffset? LockedUntil(DashboardUser user, DateTimeOffset now) =>
        user.LockedUntilUtcTicks is { } ticks && ticks > now.UtcTicks ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    private static void NoteFailure(DashboardUser user, DateTimeOffset now)
    {
        user.FailedSignIns++;
        if (user.FailedSignIns >= MaxFailedSignIns)
        {
            user.FailedSignIns = 0;
            user.LockedUntilUtcTicks = (now + LockoutDuration).UtcTicks;
        }
    }

    private static SignInResult Locked(DateTimeOffset lockedUntil, DateTimeOffset now)
    {
        var minutes = (int)Math.Ceiling((lockedUntil - now).TotalMinutes);
        return new SignInResult(
            null,
            $"Too many wrong passwords: this account is locked for {minutes} more minute{(minutes == 1 ? "" : "s")} (until {lockedUntil:HH:mm} UTC). Try again then, or ask an admin to reset the password.",
            lockedUntil);
    }
}
