using Microsoft.Extensions.Options;

namespace Dashboard.Host.Security;

/// <summary>
/// At start, while no user exists: creates the first admin from <c>Dashboard:Setup:AdminPassword</c> when it is set.
/// The password is never logged; once a user exists the setting is ignored.
/// </summary>
public sealed class FirstAdminSetup(UserStore users, UserAccounts accounts, IOptions<SetupOptions> options, ILogger<FirstAdminSetup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var setup = options.Value;
        if (string.IsNullOrEmpty(setup.AdminPassword) || users.Any())
        {
            return;
        }

        if (PasswordRules.UserNameProblem(setup.AdminUser) is { } nameProblem)
        {
            throw new InvalidOperationException($"Dashboard:Setup:AdminUser is not a valid user name: {nameProblem}");
        }

        if (PasswordRules.Problem(setup.AdminPassword) is { } problem)
        {
            throw new InvalidOperationException($"Dashboard:Setup:AdminPassword is not accepted: {problem}");
        }

        if (await users.TryInsertFirstAsync(accounts.NewUser(setup.AdminUser, Roles.Admin, setup.AdminPassword), cancellationToken))
        {
            logger.LogInformation("Created the first admin '{AdminUser}' from the setting Dashboard:Setup:AdminPassword; the setting is not needed any more", setup.AdminUser);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
