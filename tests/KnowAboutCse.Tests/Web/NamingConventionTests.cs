namespace KnowAboutCse.Tests.Web;

/// <summary>Names a successor can search for: none shadows a framework type or attribute, and view models say what they are.</summary>
public sealed class NamingConventionTests
{
    private static readonly Type[] SiteTypes = [.. typeof(KnowAboutCse.Web.Content.ContentStore).Assembly.GetTypes()
        .Where(t => t.Namespace?.StartsWith("KnowAboutCse.Web", StringComparison.Ordinal) == true && !t.IsNested && !t.Name.Contains('<', StringComparison.Ordinal))];

    [Fact]
    public void SiteTypes_DoNotShareANameWithAnAspNetCoreTypeOrAttribute()
    {
        // Every assembly of the ASP.NET Core shared framework, loaded or not, so the answer never depends on test order.
        var folder = Path.GetDirectoryName(typeof(Microsoft.AspNetCore.Http.HttpContext).Assembly.Location)!;
        var framework = Directory.EnumerateFiles(folder, "Microsoft.AspNetCore*.dll")
            .Select(file => System.Runtime.Loader.AssemblyLoadContext.Default.LoadFromAssemblyName(System.Reflection.AssemblyName.GetAssemblyName(file)))
            .SelectMany(a => a.GetExportedTypes())
            .Select(t => t.Name.EndsWith("Attribute", StringComparison.Ordinal) ? t.Name[..^"Attribute".Length] : t.Name)
            .ToHashSet(StringComparer.Ordinal);
        Assert.Contains("ResponseCache", framework); // the check sees the framework's names

        var clashes = SiteTypes.Where(t => framework.Contains(t.Name) && t.Name != "Program").Select(t => t.FullName).ToList();
        Assert.True(clashes.Count == 0, "Shares a name with ASP.NET Core: " + string.Join(", ", clashes));
    }

    [Fact]
    public void ViewModels_EndInViewModel_NotView()
    {
        Assert.DoesNotContain(SiteTypes, t => t.Name.EndsWith("View", StringComparison.Ordinal));
        Assert.Contains(SiteTypes, t => t.Name == "ToolViewModel");
    }
}
