using Microsoft.Playwright;

namespace Modular.EndToEndTests.Infrastructure;

/// <summary>
/// How the journeys act on a page: as someone without a mouse. Each control is reached with Tab
/// (or Shift+Tab when it comes before the focus) from wherever the focus is, never focused by a
/// script, then used with the keys a keyboard user has: Enter on links and buttons, Space on
/// check boxes and file fields, the arrow keys between radio buttons, the arrow keys in a list, typing in a text field.
/// A control Tab cannot reach fails the journey with its name.
/// </summary>
internal static class KeyboardOnly
{
    /// <summary>More presses than any page of ours has controls: past this, the control is out of the tab order.</summary>
    private const int MaxPresses = 300;

    /// <summary>Tabs to the control, then presses Enter (Space for a check box or a radio button), waiting for a navigation it starts.</summary>
    public static async Task KeyboardClickAsync(this ILocator control)
    {
        var kind = await TabToAsync(control);
        await control.PressAsync(kind is "checkbox" or "radio" ? " " : "Enter");
    }

    /// <summary>Tabs to a check box and ticks it with Space unless it is ticked already.</summary>
    public static async Task KeyboardCheckAsync(this ILocator checkbox)
    {
        await TabToAsync(checkbox);
        if (!await checkbox.IsCheckedAsync())
        {
            await checkbox.PressAsync(" ");
        }

        await Assertions.Expect(checkbox).ToBeCheckedAsync();
    }

    /// <summary>Tabs to a text field, selects what it holds and types <paramref name="text"/> over it.</summary>
    public static async Task KeyboardFillAsync(this ILocator field, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        await TabToAsync(field);
        await field.PressAsync("ControlOrMeta+a");
        await field.PressAsync("Delete");
        if (text.Length > 0)
        {
            await field.Page.Keyboard.InsertTextAsync(text);
        }
    }

    /// <summary>Tabs to a list and moves to the option whose value or label is <paramref name="option"/> with the arrow keys.</summary>
    public static async Task KeyboardSelectAsync(this ILocator list, string option)
    {
        await TabToAsync(list);
        var indexes = await list.EvaluateAsync<int[]>(
            "(list, option) => [list.selectedIndex, [...list.options].findIndex(o => o.value === option || o.label.trim() === option)]",
            option);
        var (current, wanted) = (indexes[0], indexes[1]);
        if (wanted < 0)
        {
            throw new InvalidOperationException($"The list {list} has no option « {option} ».");
        }

        var key = wanted > current ? "ArrowDown" : "ArrowUp";
        for (var presses = Math.Abs(wanted - current); presses > 0; presses--)
        {
            await list.PressAsync(key);
        }

        await Assertions.Expect(list).ToHaveJSPropertyAsync("selectedIndex", wanted);
    }

    /// <summary>Tabs to a file field and opens its chooser with Space, where the files are picked.</summary>
    public static async Task KeyboardUploadAsync(this ILocator field, params FilePayload[] files)
    {
        await TabToAsync(field);
        var chooser = await field.Page.RunAndWaitForFileChooserAsync(() => field.PressAsync(" "));
        await chooser.SetFilesAsync(files);
    }

    /// <summary>Presses Tab, or Shift+Tab, until the control has the focus; returns its type (button, checkbox, a…).</summary>
    public static async Task<string> TabToAsync(this ILocator control)
    {
        ArgumentNullException.ThrowIfNull(control);
        await control.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        var keyboard = control.Page.Keyboard;
        for (var presses = 0; presses <= MaxPresses; presses++)
        {
            // 0: focused; 1: the focus is before the control; -1: after it; ±2: on another radio
            // button of its group, which Tab leaves as one stop and the arrow keys move within.
            var where = await control.EvaluateAsync<int>(
                """
                e => {
                  const f = document.activeElement;
                  if (f === e) return 0;
                  if (!f || f === document.body) return 1;
                  const after = f.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING ? 1 : -1;
                  const sameGroup = e.type === 'radio' && f.type === 'radio' && f.name === e.name && f.form === e.form;
                  return sameGroup ? 2 * after : after;
                }
                """);
            if (where == 0)
            {
                return await control.EvaluateAsync<string>("e => (e.type || e.localName).toLowerCase()");
            }

            await keyboard.PressAsync(where switch { 2 => "ArrowDown", -2 => "ArrowUp", 1 => "Tab", _ => "Shift+Tab" });
        }

        throw new InvalidOperationException($"{control} was not reached after {MaxPresses} presses of Tab: it is out of the tab order.");
    }
}
