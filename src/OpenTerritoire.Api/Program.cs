using OpenTerritoire.Api.Contract;
using OpenTerritoire.Api.Health;
using OpenTerritoire.Api.Hosting;
using OpenTerritoire.Api.Landing;
using OpenTerritoire.Api.Registers;
using OpenTerritoire.Api.Schemas;
using OpenTerritoire.Api.Validation;
using OpenTerritoire.Schemas;
using OpenTerritoire.Storage;

var builder = WebApplication.CreateBuilder(args).AddHubConfiguration();

builder.Services.AddHub(builder.Configuration);
builder.Services.AddContract();
builder.Services.AddStorage(HubSettings.ResolveConnectionString);
builder.Services.AddSchemas(HubSettings.ResolveSchemasDirectory(builder.Configuration));
builder.Services.AddSchemasFace();
builder.Services.AddValidationFace();
builder.Services.AddRegisters();

var app = builder.Build();

app.UseHub();
app.UseRateLimiter();
app.MapLanding();
app.MapHealth();
app.MapContract();
app.MapSchemas();
app.MapValidation();
app.MapRegisters();

app.Run();
