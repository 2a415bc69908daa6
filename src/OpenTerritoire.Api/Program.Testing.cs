// The entry point's class, visible to WebApplicationFactory<Program> in the test projects.
#pragma warning disable CA1050 // The top-level Program class cannot have a namespace.
public partial class Program;
#pragma warning restore CA1050
