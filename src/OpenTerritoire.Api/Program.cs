using OpenTerritoire.Api.Contract;
using OpenTerritoire.Api.Health;
using OpenTerritoire.Api.Hosting;
using OpenTerritoire.Api.Identity;
using OpenTerritoire.Api.Ingest;
using OpenTerritoire.Api.Landing;
using OpenTerritoire.Api.Registers;
using OpenTerritoire.Api.Schemas;
using OpenTerritoire.Api.Validation;
using OpenTerritoire.Schemas;
using OpenTerritoire.Api.Protection;
using OpenTerritoire.Api.Tenancy;
using OpenTerritoire.Api.SensorThings;
using OpenTerritoire.Storage;

var builder = WebApplication.CreateBuilder(args).AddHubConfiguration();

builder.Services.AddHub(builder.Configuration);
builder.Services.AddContract();
builder.Services.AddStorage(HubSettings.ResolveConnectionString);
builder.Services.AddSchemas(HubSettings.ResolveSchemasDirectory(builder.Configuration));
builder.Services.AddSchemasFace();
builder.Services.AddValidationFace();
builder.Services.AddProtection(builder.Configuration);
builder.Services.AddAccessControl();
builder.Services.AddSensorThings(builder.Configuration);
builder.Services.AddIngest(builder.Configuration);
builder.Services.AddRegisters();

var app = builder.Build();

app.UseHub();
app.UseAccessControl();
app.MapLanding();
app.MapHealth();
app.MapContract();
app.MapSchemas();
app.MapValidation();
app.MapTenants();
app.MapSharingAgreements();
app.MapTokens();
app.MapAudit();
app.MapSensorThings();
app.MapIngest();
app.MapRegisters();

app.Run();
