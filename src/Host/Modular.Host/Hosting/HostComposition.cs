using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Modular.ClientPortal.Infrastructure;
using Modular.Delegation.Infrastructure;
using Modular.Host.Api;
using Modular.Host.Pages.Links;
using Modular.Host.Pipeline;
using Modular.Identity.Infrastructure;
using Modular.Notifications.Infrastructure;
using Modular.Portfolio.Infrastructure;
using Modular.SharedKernel.Infrastructure.Persistence;
using Modular.SharedKernel.Infrastructure.Security;
using Modular.SharedKernel.Infrastructure.Security.KeyRing;
using Modular.SharedKernel.Infrastructure.Seeding;
using Modular.SharedKernel.Infrastructure.Storage;
using Modular.SharedKernel.Infrastructure.Web;
using Modular.SharedKernel.Links;
using Modular.SharedKernel.Security;
using Modular.SharedKernel.Storage;
using Modular.Sharing.Infrastructure;
using Modular.Vault.Infrastructure;

namespace Modular.Host.Hosting;

/// <summary>The composition root: every module is added here, explicitly, then the HTTP pipeline.</summary>
internal static class HostComposition
{
    /// <summary>The PKCS#12 file that encrypts the data-protection key ring outside Development.</summary>
    public const string KeyRingCertificateKey = "Modular:DataProtection:Certificate";

    public static WebApplicationBuilder AddModularHost(this WebApplicationBuilder builder)
    {
        // Databases, documents and keys: readable by the account the Host runs as, no other.
        OwnerOnlyFiles.ForNewFiles();

        var services = builder.Services;
        var configuration = builder.Configuration;

        builder.Logging.AddSimpleConsole(options =>
        {
            options.SingleLine = true;
            options.TimestampFormat = "HH:mm:ss ";
        });
        if (configuration.GetValue("Modular:JsonLogs", !builder.Environment.IsDevelopment()))
        {
            builder.Logging.ClearProviders().AddJsonConsole(options => options.IncludeScopes = true);
        }

        builder.AddModularTelemetry();
        services.Configure<ModularDataOptions>(configuration.GetSection(ModularDataOptions.SectionName));
        // A development machine's clock can be set back by the demo seed, for its own flow only.
        services.AddSingleton<TimeProvider>(builder.Environment.IsDevelopment() ? new RewindableClock(TimeProvider.System) : TimeProvider.System);
        services.AddHttpContextAccessor();

        // An HTTP request acts for its caller; a scope outside any request (the demo seed) for the
        // account it names, and for no one when it names none.
        services.AddScoped<HttpCurrentUser>();
        services.AddScoped<ScopeActor>();
        services.AddScoped<ICurrentUser>(provider =>
            provider.GetRequiredService<IHttpContextAccessor>().HttpContext is null && provider.GetRequiredService<ScopeActor>().Actor is { } actor
                ? actor
                : provider.GetRequiredService<HttpCurrentUser>());
        services.AddSingleton<IDemoAccounts, DemoAccounts>();
        services.AddScoped<CspNonce>();
        services.AddScoped<ModuleMenu>();
        services.AddSingleton<ModuleStartup.Preparation>();
        var data = configuration.GetSection(ModularDataOptions.SectionName).Get<ModularDataOptions>() ?? new ModularDataOptions();
        services.AddSingleton<IBlobStore>(_ => new FileSystemBlobStore(data.FullBlobDirectory));

        // Cookies, antiforgery tokens, temp data and the secrets in the outbox survive restarts and
        // read the same on every Host: the keys live beside the data (SQLite) or in the shared
        // PostgreSQL database, encrypted with an operator's certificate outside Development.
        var dataProtection = services.AddDataProtection()
            .SetApplicationName("Modular")
            .PersistKeysForDeployment(services, configuration, data.FullKeysDirectory);
        if (!builder.Environment.IsDevelopment())
        {
            var keyRing = CertificateFiles.Load(configuration, KeyRingCertificateKey, "the data-protection keys must be encrypted with a certificate");
            dataProtection.ProtectKeysWithCertificate(keyRing).UnprotectKeysWithAnyCertificate(keyRing);
        }

        // Links and times in what we send: the configured public address and time zone, never the request's.
        var publicLinks = PublicLinks.FromConfiguration(configuration, builder.Environment);
        services.AddSingleton<IPublicLinks>(publicLinks);
        if (!builder.Environment.IsDevelopment() && string.IsNullOrWhiteSpace(configuration["AllowedHosts"]))
        {
            configuration["AllowedHosts"] = publicLinks.BaseUri.IdnHost;
        }

        services.AddSingleton(MessageTimeZone.FromConfiguration(configuration));
        services.AddSingleton<ISecretProtector>(provider => DataProtectionSecretProtector.For(provider.GetRequiredService<IDataProtectionProvider>(), DataProtectionSecretProtector.OutboxPurpose));

        // Modules, each through its registration class.
        services.AddIdentityModule(configuration, builder.Environment, publicLinks.BaseUri);
        services.AddNotificationsModule(configuration, builder.Environment);
        services.AddSharingModule(configuration, builder.Environment);
        services.AddVaultModule(configuration, builder.Environment);
        services.AddClientPortalModule(configuration, builder.Environment);
        services.AddPortfolioModule(configuration, builder.Environment);
        services.AddDelegationModule(configuration, builder.Environment);

        services.AddRequestPipeline();
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddRazorPages(options =>
            {
                options.Conventions.AuthorizeAreaFolder("Admin", "/", AdminPolicy);
                options.Conventions.AuthorizeAreaFolder("Sharing", "/", CaseWorkerPolicy);
                options.Conventions.AuthorizeAreaFolder("Vault", "/", VaultAgentPolicy);

                // The client portal: its readers are any signed-in account (the module decides, and asks
                // for two-factor authentication); its companies and publishing are the insurer's agents'.
                options.Conventions.AuthorizeAreaFolder("Portal", "/");
                options.Conventions.AuthorizeAreaFolder("Portal", "/Companies", PortalAgentPolicy);
                options.Conventions.AuthorizeAreaFolder("Portal", "/Requests", PortalAgentPolicy);

                // Reached from outside, no account needed: an insurer's access form, an invitation's link;
                // a few posts a minute per address, as for sign-in forms.
                foreach (var open in (string[])["/Request", "/Invitation"])
                {
                    options.Conventions.AllowAnonymousToAreaPage("Portal", open);
                    options.Conventions.AddAreaPageApplicationModelConvention("Portal", open, page =>
                        page.EndpointMetadata.Add(new EnableRateLimitingAttribute(RateLimitPolicies.Authentication)));
                }
                var publishLimit = ClientPortalModule.MaxFileBytes(configuration) * Areas.Portal.Pages.Companies.CompanyDetailsModel.MaxFiles + UploadFormAllowance;
                options.Conventions.AddAreaPageApplicationModelConvention("Portal", "/Companies/Details", page =>
                {
                    page.EndpointMetadata.Add(new RequestSizeLimitAttribute(publishLimit));
                    page.EndpointMetadata.Add(new RequestFormLimitsAttribute { MultipartBodyLengthLimit = publishLimit });
                });

                // The portfolio: any signed-in account of a firm; the module decides (administrator or profile).
                options.Conventions.AuthorizeAreaFolder("Portfolio", "/");
                var depositLimit = PortfolioModule.MaxFileBytes(configuration) + UploadFormAllowance;
                options.Conventions.AddAreaPageApplicationModelConvention("Portfolio", "/Deposit", page =>
                {
                    page.EndpointMetadata.Add(new RequestSizeLimitAttribute(depositLimit));
                    page.EndpointMetadata.Add(new RequestFormLimitsAttribute { MultipartBodyLengthLimit = depositLimit });
                });

                // « Mes mandats » and the mandate forms: any signed-in account (the module decides); the
                // back office's queue: administrators and « Traitement des mandats ». The mandatary's
                // « section Utilisateur » is reached from their link, no account needed.
                options.Conventions.AuthorizeAreaFolder("Delegation", "/");
                options.Conventions.AuthorizeAreaFolder("Delegation", "/Queue", MandateOfficerPolicy);
                options.Conventions.AddPageApplicationModelConvention("/Mandates/Open", page =>
                    page.EndpointMetadata.Add(new EnableRateLimitingAttribute(RateLimitPolicies.Authentication)));

                // People invited into vaults: any signed-in account; the module decides what each reaches.
                options.Conventions.AuthorizeAreaFolder("Guest", "/");

                // Uploads carry several files: the request may be as large as the module's per-file
                // limit times the files of one post; the module refuses each file over its limit.
                var uploadLimit = VaultModule.MaxFileBytes(configuration) * Areas.Vault.Pages.Folders.UploadModel.MaxFiles + UploadFormAllowance;
                foreach (var area in (string[])["Vault", "Guest"])
                {
                    options.Conventions.AddAreaPageApplicationModelConvention(area, "/Folders/Upload", page =>
                    {
                        page.EndpointMetadata.Add(new RequestSizeLimitAttribute(uploadLimit));
                        page.EndpointMetadata.Add(new RequestFormLimitsAttribute { MultipartBodyLengthLimit = uploadLimit });
                    });
                }
                // A collecting link's page takes one file per post.
                var depotLimit = VaultModule.MaxFileBytes(configuration) + UploadFormAllowance;
                options.Conventions.AddPageApplicationModelConvention("/Depot/Open", page =>
                {
                    page.EndpointMetadata.Add(new RequestSizeLimitAttribute(depotLimit));
                    page.EndpointMetadata.Add(new RequestFormLimitsAttribute { MultipartBodyLengthLimit = depotLimit });
                });
                // « Intégrité des journaux »: any signed-in account of an organisation, for its own chains.
                options.Conventions.AuthorizeFolder("/Journals");
                options.Conventions.AuthorizeAreaFolder("Identity", "/Account/Manage");
                options.Conventions.AuthorizeAreaPage("Identity", "/Account/ChangePassword");
                options.Conventions.AuthorizeAreaPage("Identity", "/Connect/Consent");

                // Password, code and consent forms: a few posts a minute per address.
                options.Conventions.AddAreaFolderApplicationModelConvention("Identity", "/", page =>
                    page.EndpointMetadata.Add(new EnableRateLimitingAttribute(RateLimitPolicies.Authentication)));
            })
            // No client-side validation script is shipped; without this, every validation summary
            // renders a hidden placeholder whose inline style the CSP blocks (an empty red box).
            .AddViewOptions(options => options.HtmlHelperOptions.ClientValidationEnabled = false)
            // Global, so that it covers the areas' pages too (a page convention reaches only the root's).
            .AddMvcOptions(options => options.Filters.Add(new UnknownHandlerFilter()))
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        services.AddAuthorizationBuilder()
            .AddPolicy(AdminPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(Identity.Contracts.IdentityRoles.Admin))
            .AddPolicy(CaseWorkerPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(Sharing.Contracts.SharingScopes.CaseWorkerRole))
            .AddPolicy(VaultAgentPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(Vault.Contracts.VaultScopes.AgentRole))
            .AddPolicy(PortalAgentPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(ClientPortal.Contracts.PortalScopes.AgentRole))
            .AddPolicy(MandateOfficerPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(Delegation.Contracts.DelegationScopes.AdminRole, Delegation.Contracts.DelegationScopes.MandateOfficerRole));
        var development = builder.Environment.IsDevelopment();
        services.AddAntiforgery(options =>
        {
            // Outside Development every request is HTTPS (directly or through a proxy); a developer
            // machine serves plain http on localhost, where antiforgery refuses a Secure-only cookie.
            options.Cookie.Name = development ? "modular.af" : "__Host-modular.af";
            options.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.Configure<CookieTempDataProviderOptions>(options =>
        {
            // The one-shot messages after a redirect ("3 documents déposés"): the same rules as the
            // antiforgery cookie, and Lax, as the redirect may follow a link from an email.
            options.Cookie.Name = development ? "modular.tempdata" : "__Host-modular.tempdata";
            options.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.HttpOnly = true;
            options.Cookie.Path = "/";
        });
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var status = context.ProblemDetails.Status ?? 500;
            if (context.ProblemDetails.Type?.StartsWith(ApiResults.ProblemTypePrefix, StringComparison.Ordinal) != true)
            {
                // Framework-made problems (400, 401, 403, 404, 405, 429, 500) get our French titles and details.
                context.ProblemDetails.Title = ApiResults.TitleOf(status);
                context.ProblemDetails.Detail ??= status switch
                {
                    401 => "Un jeton d'accès valide est requis (en-tête Authorization: Bearer).",
                    403 => "Le jeton d'accès n'a pas la portée requise pour cette opération.",
                    _ => null,
                };
                if (status == StatusCodes.Status400BadRequest && IsApi(context.HttpContext))
                {
                    // The only 400 the framework makes on the API: a body or parameter it cannot read.
                    context.ProblemDetails.Type = ApiResults.ProblemTypePrefix + ApiResults.RequestUnreadable;
                    context.ProblemDetails.Detail = "La requête ne peut être lue : vérifiez que le corps est un JSON valide et que chaque champ a le type attendu.";
                    context.ProblemDetails.Extensions["code"] = ApiResults.RequestUnreadable;
                }
                else if (status == StatusCodes.Status503ServiceUnavailable && IsApi(context.HttpContext))
                {
                    // The database is out of reach (ADR 0031): nothing was written, the same request can be sent again.
                    context.ProblemDetails.Type = ApiResults.ProblemTypePrefix + ApiResults.ServiceUnavailable;
                    context.ProblemDetails.Detail = "Le service est momentanément indisponible (base de données injoignable) : rien n'a été enregistré, réessayez dans quelques instants.";
                    context.ProblemDetails.Extensions["code"] = ApiResults.ServiceUnavailable;
                    context.HttpContext.Response.Headers.RetryAfter = "30";
                }
                else if (status == StatusCodes.Status413PayloadTooLarge && IsApi(context.HttpContext))
                {
                    // Kestrel's limit on the request body (an endpoint's own limit, say for uploads).
                    context.ProblemDetails.Type = ApiResults.ProblemTypePrefix + ApiResults.RequestTooLarge;
                    context.ProblemDetails.Detail = "La requête dépasse la taille autorisée pour ce point d'accès.";
                    context.ProblemDetails.Extensions["code"] = ApiResults.RequestTooLarge;
                }
            }

            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
        });
        // Enums travel by name ("Pending"), read in any case; numbers are refused, as their meaning is not stable.
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false)));
        services.AddModularOpenApi();
        services.AddHealthChecks();
        AddRateLimiting(services, configuration);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            // X-Forwarded-* is believed only from a proxy on this machine (the defaults) or one
            // named in Modular:KnownProxies: anyone else could fake their address past rate limits.
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in configuration.GetSection("Modular:KnownProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }
        });
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        return builder;
    }

    public const string AdminPolicy = "Admin";

    /// <summary>"Mes dossiers" and everything about case files: agents only.</summary>
    public const string CaseWorkerPolicy = "CaseWorker";

    /// <summary>The organisation's vault ("Coffre"): agents only.</summary>
    public const string VaultAgentPolicy = "VaultAgent";

    /// <summary>The client portal's companies and publishing: the insurer's agents.</summary>
    public const string PortalAgentPolicy = "PortalAgent";

    /// <summary>The back office's queue of mandate requests: administrators and « Traitement des mandats ».</summary>
    public const string MandateOfficerPolicy = "MandateOfficer";

    /// <summary>Room for an upload form's other fields and multipart headers, beyond the files themselves.</summary>
    private const long UploadFormAllowance = 1024 * 1024;

    public static WebApplication UseModularHost(this WebApplication app)
    {
        // Pages show times in the same zone as the messages.
        Pages.PageTime.Use(app.Services.GetRequiredService<SharedKernel.Text.DisplayTime>().Zone);

        // The liveness probe answers before any other middleware: it says the process serves
        // requests, nothing more, so it needs no headers, culture, rate limit or authentication
        // (a trace put 85 % of its server CPU in those; build/bench/identity.sh).
        // Nor is it counted in the request metrics, where probes every few seconds would only be noise.
        app.MapWhen(
            context => context.Request.Path.StartsWithSegments("/health/live", out var rest) && !rest.HasValue,
            live => live
                .Use((context, next) =>
                {
                    if (context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMetricsTagsFeature>() is { } metrics)
                    {
                        metrics.MetricsDisabled = true;
                    }

                    return next(context);
                })
                .UseMiddleware<HealthCheckMiddleware>(Microsoft.Extensions.Options.Options.Create(new HealthCheckOptions { Predicate = _ => false })));
        app.UseModularMetricsEndpoint();
        app.UseForwardedHeaders();
        app.UseWhen(IsApi, api => api.UseExceptionHandler(new ExceptionHandlerOptions
            {
                // A body or parameter that cannot be read is the caller's mistake, not a server error;
                // a database out of reach is a moment's unavailability, not a fault.
                StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode
                    : DatabaseErrors.IsUnavailable(exception) ? StatusCodes.Status503ServiceUnavailable
                    : StatusCodes.Status500InternalServerError,
                SuppressDiagnosticsCallback = context => context.Exception is BadHttpRequestException,
            })
            .UseStatusCodePages());
        app.UseWhen(context => !IsApi(context), pages =>
        {
            pages.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/Error",
                // A posted form that cannot be read is the sender's mistake, not a server error.
                StatusCodeSelector = exception => UnreadableForm.IsCause(exception) ? StatusCodes.Status400BadRequest : StatusCodes.Status500InternalServerError,
                SuppressDiagnosticsCallback = context => UnreadableForm.IsCause(context.Exception),
            });
            pages.Use(UnreadableForm.SetAsideOnErrorPageAsync);
            // Inside the error page's handler: a database out of reach is answered here, before the
            // error page is tried (it would need the database too).
            pages.UseMiddleware<DatabaseUnavailableMiddleware>();
            pages.UseStatusCodePagesWithReExecute("/Error/{0}");
        });
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseStaticFiles();
        app.UseRequestLocalization(CultureConfiguration.Options());
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();

        // A mandatary acting for their mandator: who the page is made for, before authorization; a
        // token issued for acting, its mandate checked once authorization has read it.
        app.Use((context, next) => ActingFor.ResolveAsync(context, () => next(context)));
        app.UseAuthorization();
        app.Use((context, next) => ActingFor.CheckTokenAsync(context, () => next(context)));
        app.UseMiddleware<MustChangePasswordMiddleware>();
        app.UseAntiforgery();

        app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready") }).DisableRateLimiting();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapIdentityModule();

        var api = app.MapGroup("/api/v1");
        api.MapIdentityApi();
        api.MapSharingApi();
        api.MapVaultApi(VaultModule.MaxFileBytes(app.Configuration));
        api.MapVaultLinksApi();
        api.MapVaultCollectionsApi();
        api.MapPortalApi(ClientPortalModule.MaxFileBytes(app.Configuration));
        api.MapPortfolioApi(PortfolioModule.MaxFileBytes(app.Configuration));
        api.MapDelegationApi();
        api.MapFallback(() => ApiResults.Problem(Modular.SharedKernel.Results.Error.NotFound("endpoint-not-found", "Aucun point d'accès de l'API ne correspond à cette adresse.")))
            .ExcludeFromDescription();

        app.MapPost("/culture", CultureEndpoint.Switch);
        app.MapLinkFiles();
        app.MapRazorPages();
        return app;
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    /// <summary>Requests per minute and client address: <c>Modular:RateLimits</c>.</summary>
    internal sealed class RateLimitSettings
    {
        public int RequestsPerMinute { get; set; } = 600;

        public int AuthenticationPerMinute { get; set; } = 30;
    }

    private static void AddRateLimiting(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitSettings>(configuration.GetSection("Modular:RateLimits"));
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                RateLimitPartition.GetFixedWindowLimiter(ClientAddress(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Settings(context).RequestsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                }));
            // Reads share one unlimited partition; its key must differ from any address, as a
            // policy's limiters are cached by key.
            options.AddPolicy(RateLimitPolicies.Authentication, context =>
                HttpMethods.IsPost(context.Request.Method)
                    ? RateLimitPartition.GetFixedWindowLimiter(ClientAddress(context), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = Settings(context).AuthenticationPerMinute,
                        Window = TimeSpan.FromMinutes(1),
                    })
                    : RateLimitPartition.GetNoLimiter("reads"));
            options.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (IsApi(context.HttpContext) || context.HttpContext.Request.Path.StartsWithSegments("/connect", StringComparison.Ordinal))
                {
                    await ApiResults.Problem(Modular.SharedKernel.Results.Error.TooManyRequests("too-many-requests", "Trop de requêtes : réessayez dans quelques instants."))
                        .ExecuteAsync(context.HttpContext);
                }
                else
                {
                    context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                    await context.HttpContext.Response.WriteAsync("Trop de requêtes : réessayez dans quelques instants. / Too many requests: try again shortly.", cancellationToken);
                }
            };
        });
    }

    private static RateLimitSettings Settings(HttpContext context) =>
        context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<RateLimitSettings>>().Value;

    private static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "local";
}
