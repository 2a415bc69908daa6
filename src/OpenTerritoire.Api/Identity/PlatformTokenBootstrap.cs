using OpenTerritoire.Core.Identity;
using OpenTerritoire.Storage;
using OpenTerritoire.Storage.Identity;

namespace OpenTerritoire.Api.Identity;

/// <summary>
/// When <c>OPENTERRITOIRE_ADMIN_TOKEN</c> is set (configuration key <c>ADMIN_TOKEN</c>), makes sure a tenant-less
/// platform admin token with that secret exists, once the database is migrated. The operator uses it to create the
/// first tenants and their admin tokens. A revoked one is not revived: to rotate, set a new secret.
/// </summary>
public sealed class PlatformTokenBootstrap(
    IConfiguration configuration,
    ApiTokenStore tokens,
    DatabaseHealth health,
    TimeProvider time,
    ILogger<PlatformTokenBootstrap> logger) : BackgroundService
{
    /// <summary>The configuration key that <c>OPENTERRITOIRE_ADMIN_TOKEN</c> sets.</summary>
    public const string SettingKey = "ADMIN_TOKEN";

    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var text = configuration[SettingKey];
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        if (!ApiTokenSecret.TryParse(text, out var secret))
        {
            ApiLog.PlatformTokenMalformed(logger);
            return;
        }

        var delay = TimeSpan.FromMilliseconds(250);
        while (!stoppingToken.IsCancellationRequested)
        {
            string failure;
            try
            {
                var state = await health.CheckAsync(stoppingToken);
                if (state.IsReady)
                {
                    var token = await tokens.EnsurePlatformAsync(
                        secret, "Platform admin (OPENTERRITOIRE_ADMIN_TOKEN)", "bootstrap", stoppingToken);
                    ApiLog.PlatformTokenEnsured(logger, token.Id.ToString());
                    return;
                }

                failure = state.Failure ?? "schema not migrated yet";
            }
            catch (Exception exception) when (StorageFailure.IsTransient(exception))
            {
                failure = exception.GetType().Name;
            }

            ApiLog.PlatformTokenFailedWillRetry(logger, delay.TotalSeconds, failure);
            await Task.Delay(delay, time, stoppingToken);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxDelay.Ticks));
        }
    }
}
