using OpenTerritoire.Api.Contract;
using OpenTerritoire.Api.Health;
using OpenTerritoire.Api.Hosting;
using OpenTerritoire.Api.Landing;
using OpenTerritoire.Api.SensorThings;
using OpenTerritoire.Storage;

var builder = WebApplication.CreateBuilder(args).AddHubConfiguration();

builder.Services.AddHub(builder.Configuration);
builder.Services.AddContract();
builder.Services.AddStorage(HubSettings.ResolveConnectionString);
builder.Services.AddSensorThings(builder.Configuration);

var app = builder.Build();

app.UseHub();
app.MapLanding();
app.MapHealth();
app.MapContract();
app.MapSensorThings();

app.Run();
