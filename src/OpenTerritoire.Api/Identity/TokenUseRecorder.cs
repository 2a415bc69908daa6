using System.Collections.Concurrent;
using OpenTerritoire.Core.Identity;
using OpenTerritoire.Storage.Identity;

namespace OpenTerritoire.Api.Identity;

/// <summary>
/// Keeps <c>last_used_at</c> roughly current without a write per request: each hub instance writes at most once a
/// minute per token, and the store's guard drops writes that other instances made redundant.
/// </summary>
public sealed class TokenUseRecorder(ApiTokenStore tokens)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<ApiTokenId, DateTimeOffset> recorded = new();

    public async Task RecordAsync(ApiTokenId token, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (recorded.TryGetValue(token, out var last) && now - last < Interval)
        {
            return;
        }

        recorded[token] = now;
        await tokens.RecordUseAsync(token, now, cancellationToken);
    }
}
