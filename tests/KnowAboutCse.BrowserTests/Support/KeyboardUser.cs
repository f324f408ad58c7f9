using System.Text.Json;
using Microsoft.Playwright;

namespace KnowAboutCse.Tests.Support;

/// <summary>Moves through a page the way someone without a mouse does.</summary>
public static class KeyboardUser
{
    /// <summary>Presses Tab until the focused element matches <paramref name="selector"/>, failing if it never does.</summary>
    public static async Task TabToAsync(IPage page, string selector)
    {
        for (var i = 0; i < 300; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>($"() => document.activeElement.matches({JsonSerializer.Serialize(selector)})"))
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached {selector} on {page.Url}");
    }
}
