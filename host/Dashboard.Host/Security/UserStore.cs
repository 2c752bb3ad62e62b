using Dashboard.Host.Storage;
using LiteDB;

namespace Dashboard.Host.Security;

/// <summary>Users in LiteDB. Checks that need the whole collection (first user, last admin) run inside the single write.</summary>
public sealed class UserStore(DashboardDatabase database)
{
    public static string IdOf(string userName) => userName.Trim().ToLowerInvariant();

    public bool Any() => Users.Count() > 0;

    public DashboardUser? Find(string userName) => Users.FindById(IdOf(userName));

    public IReadOnlyList<DashboardUser> GetAll() => Users.FindAll().OrderBy(user => user.Id, StringComparer.Ordinal).ToList();

    /// <summary>Inserts the user only while there is no user at all; false when someone was first.</summary>
    public Task<bool> TryInsertFirstAsync(DashboardUser user, CancellationToken cancellationToken = default) =>
        database.WriteAsync(db =>
        {
            var users = db.GetCollection<DashboardUser>(CollectionNames.Users);
            if (users.Count() > 0)
            {
                return false;
            }

            users.Insert(user);
            return true;
        }, cancellationToken);

    /// <summary>Inserts; false when the user name is taken.</summary>
    public Task<bool> TryInsertAsync(DashboardUser user, CancellationToken cancellationToken = default) =>
        database.WriteAsync(db =>
        {
            var users = db.GetCollection<DashboardUser>(CollectionNames.Users);
            if (users.FindById(user.Id) is not null)
            {
                return false;
            }

            users.Insert(user);
            return true;
        }, cancellationToken);

    /// <summary>Changes a user in one write; returns the user as changed, or null when there is no such user.</summary>
    public Task<DashboardUser?> UpdateAsync(string userName, Action<DashboardUser> change, CancellationToken cancellationToken = default) =>
        database.WriteAsync(db =>
        {
            var users = db.GetCollection<DashboardUser>(CollectionNames.Users);
            var user = users.FindById(IdOf(userName));
            if (user is null)
            {
                return null;
            }

            change(user);
            users.Update(user);
            return user;
        }, cancellationToken);

    /// <summary>Gives the user a new role, unless that leaves no admin.</summary>
    public Task<UserChange> ChangeRoleAsync(string userName, string role, string newStamp, CancellationToken cancellationToken = default) =>
        database.WriteAsync(db =>
        {
            var users = db.GetCollection<DashboardUser>(CollectionNames.Users);
            var user = users.FindById(IdOf(userName));
            if (user is null)
            {
                return UserChange.NotFound;
            }

            if (user.Role == Roles.Admin && role != Roles.Admin && IsLastAdmin(users))
            {
                return UserChange.LastAdmin;
            }

            user.Role = role;
            user.SecurityStamp = newStamp;
            users.Update(user);
            return UserChange.Done;
        }, cancellationToken);

    /// <summary>Deletes the user, unless that leaves no admin.</summary>
    public Task<UserChange> DeleteAsync(string userName, CancellationToken cancellationToken = default) =>
        database.WriteAsync(db =>
        {
            var users = db.GetCollection<DashboardUser>(CollectionNames.Users);
            var user = users.FindById(IdOf(userName));
            if (user is null)
            {
                return UserChange.NotFound;
            }

            if (user.Role == Roles.Admin && IsLastAdmin(users))
            {
                return UserChange.LastAdmin;
            }

            users.Delete(user.Id);
            return UserChange.Done;
        }, cancellationToken);

    private ILiteCollection<DashboardUser> Users => database.Collection<DashboardUser>(CollectionNames.Users);

    private static bool IsLastAdmin(ILiteCollection<DashboardUser> users) => users.Count(user => user.Role == Roles.Admin) <= 1;
}
