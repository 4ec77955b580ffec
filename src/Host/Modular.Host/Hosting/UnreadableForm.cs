using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace Modular.Host.Hosting;

/// <summary>
/// A posted form the server cannot read is the sender's mistake (400), whatever ASP.NET Core's form
/// reader throws on it: besides its own <see cref="InvalidDataException"/>, a part header ending with
/// a bare <c>filename*</c> makes it throw an <see cref="ArgumentNullException"/> from its RFC 5987
/// decoder. The reader keeps its failed read, so the error page must not read the form again.
/// </summary>
internal static class UnreadableForm
{
    /// <summary>Whether <paramref name="exception"/> was thrown while ASP.NET Core's form reader read the body.</summary>
    public static bool IsCause(Exception exception) =>
        new StackTrace(exception, fNeedFileInfo: false).GetFrames().Any(frame => IsFormReader(frame.GetMethod()?.DeclaringType));

    /// <summary>
    /// On the error page's run after an exception, the posted form is set aside: the page never needs
    /// it, and reading it again would throw again (or read a large upload a second time).
    /// </summary>
    public static Task SetAsideOnErrorPageAsync(HttpContext context, RequestDelegate next)
    {
        if (context.Features.Get<IExceptionHandlerFeature>() is not null && context.Request.HasFormContentType)
        {
            context.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
        }

        return next(context);
    }

    // An async method's frames belong to its state machine, a type nested in the reader.
    private static bool IsFormReader(Type? type) => type is not null && (type == typeof(FormFeature) || type.DeclaringType == typeof(FormFeature));
}
