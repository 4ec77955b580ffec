// The ceiling the request-path benches compare against, in the same run: a bare ASP.NET Core app
// on Kestrel, no middleware at all, answering with the same bytes as the Host. What the Host costs
// beyond this is what its pipeline adds.
//
//   /health/live      "Healthy", text/plain (as the Host's liveness probe)
//   /api/v1/me        the bytes of the file CEILING_ME_JSON, application/json (the Host's answer, saved)
//   /files/{name}     the files of the folder CEILING_FILES, as Kestrel's static files serve them
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();

var healthy = "Healthy"u8.ToArray();
app.MapGet("/health/live", () => Results.Bytes(healthy, "text/plain"));

var me = Environment.GetEnvironmentVariable("CEILING_ME_JSON") is { Length: > 0 } mePath ? File.ReadAllBytes(mePath) : "{}"u8.ToArray();
app.MapGet("/api/v1/me", () => Results.Bytes(me, "application/json"));

if (Environment.GetEnvironmentVariable("CEILING_FILES") is { Length: > 0 } folder)
{
    app.UseStaticFiles(new StaticFileOptions
    {
        FileProvider = new PhysicalFileProvider(Path.GetFullPath(folder)),
        RequestPath = "/files",
        ContentTypeProvider = new FileExtensionContentTypeProvider(),
        ServeUnknownFileTypes = true,
    });
}

app.Run();
