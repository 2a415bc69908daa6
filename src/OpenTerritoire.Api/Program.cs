using OpenTerritoire.Api.Contract;
using OpenTerritoire.Api.Health;
using OpenTerritoire.Api.Hosting;
using OpenTerritoire.Api.Ingest;
using OpenTerritoire.Api.Landing;
using OpenTerritoire.Storage;

var builder = WebApplication.CreateBuilder(args).AddHubConfiguration();

builder.Services.AddHub(builder.Configuration);
builder.Services.AddContract();
builder.Services.AddStorage(HubSettings.ResolveConnectionString);
builder.Services.AddIngest(builder.Configuration);

var app = builder.Build();

app.UseHub();
app.MapLanding();
app.MapHealth();
app.MapContract();
app.MapIngest();

app.Run();
