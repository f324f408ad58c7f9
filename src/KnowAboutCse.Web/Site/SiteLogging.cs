using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;
using Serilog.Settings.Configuration;

namespace KnowAboutCse.Web.Site;

/// <summary>
/// Logging that never records who a visitor is or what they typed: no IP addresses,
/// no query strings, no headers, no form values, and no path that did not match a page.
/// </summary>
internal static class SiteLogging
{
    public const string RequestTemplate = "HTTP {RequestMethod:l} {RequestPath:l} responded {StatusCode} in {Elapsed:0.0} ms";

    /// <summary>Logged instead of the path when a request matched nothing: a mistyped address can hold anything.</summary>
    public const string UnmatchedPath = "(no such page)";

    /// <summary>
    /// Levels and overrides come from the <c>Serilog</c> section of configuration; the sink is
    /// chosen by <c>Site:LogFormat</c>. Sinks registered in DI (tests' collectors) are added too.
    /// </summary>
    private static readonly ConfigurationReaderOptions ConfigurationAssemblies = new(typeof(ConsoleLoggerConfigurationExtensions).Assembly);

    public static void Configure(LoggerConfiguration logging, IConfiguration configuration, IServiceProvider services)
    {
        // Sinks are chosen here, not in configuration, so Serilog need not search every assembly
        // the app ships with for more (that search loaded five assemblies nothing used).
        logging.ReadFrom.Configuration(configuration, ConfigurationAssemblies).ReadFrom.Services(services);
        var format = configuration[$"{SiteOptions.SectionName}:{nameof(SiteOptions.LogFormat)}"];
        if (string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
        {
            logging.WriteTo.Console(new CompactJsonFormatter());
        }
        else
        {
            logging.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}", formatProvider: null);
        }
    }

    public static void ConfigureRequestLogging(Serilog.AspNetCore.RequestLoggingOptions options)
    {
        options.MessageTemplate = RequestTemplate;
        options.IncludeQueryInRequestPath = false;
        options.GetMessageTemplateProperties = (context, path, elapsed, status) =>
        [
            new LogEventProperty("RequestMethod", new ScalarValue(context.Request.Method)),
            new LogEventProperty("RequestPath", new ScalarValue(status < 400 ? path : UnmatchedPath)),
            new LogEventProperty("StatusCode", new ScalarValue(status)),
            new LogEventProperty("Elapsed", new ScalarValue(elapsed)),
        ];
    }
}
