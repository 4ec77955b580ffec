using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Modular.Host.TagHelpers;

/// <summary>
/// Names the field a validation message is about (<c>data-error-for="Input.Email"</c>), so that
/// site.js can tie the message to its control (aria-describedby, aria-invalid). ASP.NET Core
/// writes <c>data-valmsg-for</c> only with client-side validation, which we do not ship; the
/// messages written with <c>Html.ValidationMessage</c> pass the same attribute by hand.
/// </summary>
[HtmlTargetElement("span", Attributes = ForAttribute)]
[HtmlTargetElement("div", Attributes = ForAttribute)]
public sealed class ErrorTargetTagHelper : TagHelper
{
    private const string ForAttribute = "asp-validation-for";

    [HtmlAttributeName(ForAttribute)]
    public ModelExpression? For { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext? ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (For is not null && ViewContext is not null)
        {
            output.Attributes.SetAttribute("data-error-for", ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name));
        }
    }
}
