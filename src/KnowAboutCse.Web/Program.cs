using KnowAboutCse.Web.Content;
using KnowAboutCse.Web.Content.Checks;
using KnowAboutCse.Web.Schools;
using KnowAboutCse.Web.Site;
using Serilog;

if (args is [CheckContentCommand.Name, ..])
{
    return CheckContentCommand.Run(args[1..], Console.Out, TimeProvider.System);
}

var builder = WebApplication.CreateBuilder(args);

var siteOptions = builder.Configuration.GetSection(SiteOptions.SectionName).Get<SiteOptions>() ?? new SiteOptions();
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.AddServerHeader = false;
    kestrel.Limits.MaxRequestBodySize = siteOptions.MaxRequestBodyBytes;
});

builder.Services.AddOptions<ContentOptions>().Bind(builder.Configuration.GetSection(ContentOptions.SectionName));
builder.Services.AddOptions<SiteOptions>().Bind(builder.Configuration.GetSection(SiteOptions.SectionName));
builder.Services.AddSerilog((services, logging) => SiteLogging.Configure(logging, builder.Configuration, services), preserveStaticLogger: true);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<ContentStore>();
builder.Services.AddHostedService<ContentHostedService>();
builder.Services.AddSingleton<IPathSource, ContentPaths>();
builder.Services.AddSingleton<IPathSource, SchoolsKitPaths>();
builder.Services.AddSingleton<QrCodes>();
builder.Services.AddControllersWithViews();
builder.Services.AddFormRateLimiting(siteOptions.FormPostsPerMinute);
builder.Services.AddHealthChecks();

// Razor would otherwise write every curly quote and dash as a numeric entity.
builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
    o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));

var app = builder.Build();

app.UseMiddleware<SecurityHeadersMiddleware>();

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
if (siteOptions.HttpsRedirection)
{
    app.UseHttpsRedirection();
}

app.UseMiddleware<CanonicalUrlMiddleware>();
app.UseStaticFiles();
app.UseRouting();
app.UseRateLimiter();

app.MapHealthChecks("/healthz");

app.MapControllerRoute("home", "", new { controller = "Home", action = "Index" });
app.MapControllerRoute("content", "{**path}", new { controller = "Content", action = "Show" });

try
{
    app.Run();
}
catch (ContentLoadException)
{
    // The host has already logged "Hosting failed to start" with every broken file and line.
    return 1;
}

return 0;

/// <summary>The app's entry point; <c>public</c> so tests can host it with <c>WebApplicationFactory</c>.</summary>
public partial class Program;
