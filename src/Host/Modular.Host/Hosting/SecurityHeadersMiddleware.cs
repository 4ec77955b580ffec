namespace Modular.Host.Hosting;

/// <summary>
/// Headers on every response: a strict Content-Security-Policy with a nonce, no framing, no
/// MIME sniffing, a conservative referrer policy. HSTS is added by UseHsts outside Development.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, CspNonce nonce)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            var n = nonce.Value;
            headers.ContentSecurityPolicy =
                $"default-src 'self'; script-src 'self' 'nonce-{n}'; style-src 'self' 'nonce-{n}'; img-src 'self' data:; " +
                "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            // A download link's, an invitation's or a collecting link's address is its secret: those pages never send it on.
            var secretAddress = context.Request.Path.StartsWithSegments("/l") || context.Request.Path.StartsWithSegments("/invitation")
                || context.Request.Path.StartsWithSegments("/depot");
            headers["Referrer-Policy"] = secretAddress ? "no-referrer" : "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
