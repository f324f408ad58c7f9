[assembly: AssemblyFixture(typeof(KnowAboutCse.Tests.Support.SharedSite))]

namespace KnowAboutCse.Tests.Support;

/// <summary>One app on the real content, shared by every test that only reads from it.</summary>
public sealed class SharedSite : SiteFactory;
