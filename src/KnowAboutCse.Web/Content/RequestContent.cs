namespace KnowAboutCse.Web.Content;

/// <summary>
/// The content snapshot one request sees from start to finish: taken from the store the first
/// time anything in the request asks (a middleware, the controller or the layout), then the
/// same for the controller, the views and the stored response, even if a reload lands midway.
/// </summary>
public sealed class RequestContent(ContentStore store)
{
    public ContentSnapshot Snapshot { get; } = store.Current;
}

internal static class RequestContentExtensions
{
    /// <summary>This request's snapshot (see <see cref="RequestContent"/>).</summary>
    public static ContentSnapshot Content(this HttpContext context) =>
        context.RequestServices.GetRequiredService<RequestContent>().Snapshot;
}
