using KnowAboutCse.Web.Content;
using KnowAboutCse.Web.Content.Checks;
using KnowAboutCse.Web.Content.Review;
using KnowAboutCse.Web.Schools;
using KnowAboutCse.Web.Search;
using KnowAboutCse.Web.Serving;
using KnowAboutCse.Web.Site;
using Serilog;

if (args is [CheckContentCommand.Name, ..])
{
    return CheckContentCommand.Run(args[1..], Console.Out, TimeProvider.System);
}

if (args is [ReviewPackCommand.Name, ..])
{
    return ReviewPackCommand.Run(args[1..], Console.Out, TimeProvider.System);
}

// "export OUT [--Key=value ...]": the rest of the arguments are configuration, as for a normal run.
var exportFolder = args is [StaticExport.CommandName, var folder, ..] ? folder : null;
var builder = WebApplication.CreateBuilder(exportFolder is null ? args : args[2..]);
if (exportFolder is not null)
{
    builder.WebHost.UseUrls("http://127.0.0.1:0");
}

var siteOptions = builder.Configuration.GetSection(SiteOptions.SectionName).Get<SiteOptions>() ?? new SiteOptions();
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.AddServerHeader = false;
    kestrel.Limits.MaxRequestBodySize = siteOptions.MaxRequestBodyBytes;
});

builder.Services.AddOptions<ContentOptions>().Bind(builder.Configuration.GetSection(ContentOptions.SectionName));
builder.Services.AddOptions<SiteOptions>().Bind(builder.Configuration.GetSection(SiteOptions.SectionName))
    .Validate(o => o.FormOrigin is not { Length: > 0 } || o.FormOriginSource is not null, "Site:FormOrigin must be a full web address, like https://www.knowaboutcse.co.uk")
    .ValidateOnStart();
builder.Services.AddSerilog((services, logging) => SiteLogging.Configure(logging, builder.Configuration, services), preserveStaticLogger: true);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<ContentStore>();
builder.Services.AddScoped<RequestContent>();
builder.Services.AddHostedService<ContentHostedService>();
builder.Services.AddSingleton<IPathSource, ContentPaths>();
builder.Services.AddSingleton<StoredResponses>();
builder.Services.AddSingleton<SiteSearch>();
builder.Services.AddHostedService<SearchWarmUp>();
if (siteOptions.MemoryUpkeep)
{
    builder.Services.AddHostedService<MemoryUpkeep>();
}

builder.Services.AddSingleton<IPathSource, DiscoveryPaths>();
builder.Services.AddSingleton<IPathSource, SchoolsKitPaths>();
builder.Services.AddSingleton<QrCodes>();
builder.Services.AddSingleton<SubmittedForms>();
// Controllers and Razor views only: no JSON APIs, CORS, authorization, validation attributes or
// cache tag helper, whose services (and assemblies) AddControllersWithViews would load too.
builder.Services.AddMvcCore().AddViews().AddRazorViewEngine();
builder.Services.KeepDataProtectionInMemory();
builder.Services.AddFormRateLimiting(siteOptions.FormPostsPerMinute);
builder.Services.AddHealthChecks();

// Razor would otherwise write every curly quote and dash as a numeric entity.
builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
    o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));

var app = builder.Build();

// Pages, files and downloads are rendered once per content version and then served as stored
// bytes, ahead of everything else: a stored response needs no logging, routing or error handling,
// and it carries the security headers itself. The first render of each runs the whole pipeline
// below, so it is logged like any request. (Over http with HttpsRedirection on, it steps aside.)
if (siteOptions.StoreResponses)
{
    app.UseMiddleware<NearStaticMiddleware>();
}

app.UseMiddleware<SecurityHeadersMiddleware>();
if (siteOptions.HttpsRedirection)
{
    app.UseHttpsRedirection();
}

// Early, so each request is logged once with its final status, error pages included.
app.UseSerilogRequestLogging(options =>
{
    SiteLogging.ConfigureRequestLogging(options);

    // The app's own logger, not the static one: tests run several apps side by side.
    options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
});

// Stack traces are never shown, in any environment: some visitors are children in danger.
app.UseExceptionHandler("/error/500");
app.UseStatusCodePagesWithReExecute("/error/{0}");

app.UseMiddleware<CanonicalUrlMiddleware>();
app.UseStaticFiles();
app.UseRouting();
app.UseRateLimiter();

app.MapHealthChecks("/healthz");

app.MapControllerRoute("home", "", new { controller = "Home", action = "Index" });
app.MapControllerRoute("content", "{**path}", new { controller = "Content", action = "Show" });

try
{
    if (exportFolder is not null)
    {
        return await StaticExport.RunAsync(app, exportFolder);
    }

    await app.RunAsync();
}
catch (ContentLoadException)
{
    // The host has already logged "Hosting failed to start" with every broken file and line.
    return 1;
}
catch (Microsoft.Extensions.Options.OptionsValidationException)
{
    // A setting that cannot work (the host has logged which): refuse to start rather than serve broken forms.
    return 2;
}

return 0;

/// <summary>The app's entry point; <c>public</c> so tests can host it with <c>WebApplicationFactory</c>.</summary>
public partial class Program;
