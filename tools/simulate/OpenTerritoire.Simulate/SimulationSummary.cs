using System.Globalization;
using System.Text;

namespace OpenTerritoire.Simulate;

/// <summary>What a run sent and what the hub answered (status 0 = no answer).</summary>
public sealed record SimulationSummary(int Messages, TimeSpan Elapsed, IReadOnlyDictionary<int, int> Statuses)
{
    public double MessagesPerSecond => Messages / Math.Max(Elapsed.TotalSeconds, 0.001);

    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Messages} messages in {Elapsed.TotalSeconds:F1} s ({MessagesPerSecond:F0} msg/s); answers:");
        foreach (var (status, count) in Statuses)
        {
            text.Append(CultureInfo.InvariantCulture, $" {status}×{count}");
        }

        return text.ToString();
    }
}
