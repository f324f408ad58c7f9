using Microsoft.AspNetCore.DataProtection;

namespace KnowAboutCse.Web.Site;

/// <summary>
/// MVC's view services bring ASP.NET Core data protection with them, and by default it keeps a
/// key ring in <c>~/.aspnet/DataProtection-Keys</c>, created by a hosted service at every start.
/// This site protects nothing with it: it sets no cookies, and its forms carry no antiforgery
/// token (docs/decisions/0007). So data protection is kept in memory, with keys that die with the
/// process, and the start-up service is taken out: the app writes nothing to disk, and the key
/// ring's XML and file code is never loaded (about 8 MB of resident memory, bench/README.md).
/// </summary>
internal static class DataProtectionStartup
{
    /// <summary>The hosted service's type is internal to ASP.NET Core, so it is found by name.</summary>
    private const string HostedServiceName = "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService";

    public static IServiceCollection KeepDataProtectionInMemory(this IServiceCollection services)
    {
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        var startup = services.SingleOrDefault(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.FullName == HostedServiceName)
            ?? throw new InvalidOperationException($"{HostedServiceName} is no longer registered: check this class against the ASP.NET Core version.");
        services.Remove(startup);
        return services;
    }
}
