using System.CommandLine;
using OpenTerritoire.Simulate;

var hub = new Option<string>("--hub") { Description = "The hub's base URL.", DefaultValueFactory = _ => "http://127.0.0.1:8080/" };
var planFile = new Option<FileInfo>("--plan") { Description = "The simulation plan: feeds (id, token, kind) and their devices.", Required = true };
var messages = new Option<int>("--messages") { Description = "How many messages to send.", DefaultValueFactory = _ => 1000 };
var concurrency = new Option<int>("--concurrency") { Description = "Concurrent clients.", DefaultValueFactory = _ => 8 };
var bad = new Option<double>("--bad-fraction") { Description = "Share of spoiled messages (0 to 1).", DefaultValueFactory = _ => 0.02 };
var seed = new Option<int>("--seed") { Description = "Seed of the random source (runs are repeatable).", DefaultValueFactory = _ => 42 };
var stepSeconds = new Option<int>("--step-seconds") { Description = "Simulated time between two messages.", DefaultValueFactory = _ => 30 };

var root = new RootCommand("Sends realistic LoRaWAN network-server traffic to an OpenTerritoire hub.")
{
    hub, planFile, messages, concurrency, bad, seed, stepSeconds,
};
root.SetAction(async (parse, cancellationToken) =>
{
    using var http = new HttpClient { BaseAddress = new Uri(parse.GetValue(hub)!), Timeout = TimeSpan.FromSeconds(30) };
    var plan = SimulationPlan.Load(parse.GetValue(planFile)!.FullName);
    var count = parse.GetValue(messages);
    var step = TimeSpan.FromSeconds(parse.GetValue(stepSeconds));
    var start = DateTimeOffset.UtcNow - (step * count);
    var summary = await new Simulator(http, plan, parse.GetValue(seed))
        .RunAsync(count, parse.GetValue(concurrency), parse.GetValue(bad), start, step, cancellationToken);
    Console.WriteLine(summary);
    return summary.Statuses.Keys.Any(status => status is 0 or >= 500) ? 1 : 0;
});
return await root.Parse(args).InvokeAsync();
