using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Modular.Identity.Application;
using Modular.Identity.Application.Account;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts;
using Modular.Identity.Infrastructure.Accounts;
using Modular.Identity.Infrastructure.OpenIdConnect;
using Modular.Identity.Infrastructure.OpenIdConnect.TokenStates;
using Modular.Identity.Infrastructure.Persistence;
using Modular.Identity.Infrastructure.Seeding;
using Modular.SharedKernel.Infrastructure.Modules;
using Modular.SharedKernel.Infrastructure.Persistence;
using Modular.SharedKernel.Security;
using OpenIddict.Server;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Modular.Identity.Infrastructure;

/// <summary>
/// Registers the Identity module: accounts (ASP.NET Core Identity), organisations, the embedded
/// OpenID Connect server and the validation of its tokens for the API.
/// </summary>
public static class IdentityModule
{
    public const string Name = "Identity";

    /// <summary>The authentication scheme of <c>/api</c>: bearer tokens issued by our own server.</summary>
    public const string BearerScheme = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;

    /// <summary>The SSO session cookie of the Razor Pages.</summary>
    public const string SessionCookieName = "__Host-modular";

    /// <param name="issuer">
    /// The public base address: the tokens' issuer and the discovery document's, whatever Host a
    /// request names.
    /// </param>
    public static IServiceCollection AddIdentityModule(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment, Uri issuer)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(issuer);
        services.AddModule(new ModuleDescriptor(Name, [typeof(IAccountStore).Assembly, typeof(IdentityModule).Assembly]).WithDatabase<IdentityDbContext>(configuration) with
        {
            EnsureReferenceData = IdentityDataSeeder.EnsureRolesAsync,
            SeedDevelopmentData = IdentityDataSeeder.SeedDemoDataAsync,
            FindDemoData = DemoData.FindAsync,
            RemoveDemoData = DemoData.RemoveAsync,
        });
        services.AddSingleton(new ApiScopeDefinition(
            IdentityScopes.Read,
            "Lire votre organisation et la liste de ses membres",
            "Read your organisation and its members"));

        // The API's token validation reads each token's state through a cache of a few seconds,
        // emptied by any change to a token or an authorization made through this Host (ADR 0045).
        var tokenStates = new TokenStateCache(
            TimeSpan.FromSeconds(configuration.GetValue(TokenStateCache.LifetimeSetting, TokenStateCache.DefaultLifetime.TotalSeconds)), TimeProvider.System);
        var tokenChanges = new TokenStateInvalidation(tokenStates);
        services.AddSingleton(tokenStates);
        services.AddModuleDbContext<IdentityDbContext, SqliteIdentityDbContext, PostgreSqlIdentityDbContext>(
            configuration, Name, options => options.UseOpenIddict().AddInterceptors(tokenChanges, tokenChanges.Commits));

        AddAccounts(services);
        AddOpenIdConnectServer(services, configuration, environment, issuer);

        services.AddScoped<IAccountStore, AccountStore>();
        services.AddScoped<ISignInService, SignInService>();
        services.AddScoped<ISignInFailureStore, SignInFailureStore>();
        services.AddScoped<IExternalRegistration, ExternalRegistration>();
        services.AddScoped<Notices.IdentityMessages>();
        services.AddScoped<SignInGate>();
        services.AddScoped<ISignInLog, SignInLog>();
        services.AddScoped<SharedCredentialWatch>();
        services.AddOptions<SharedCredentialOptions>().Bind(configuration.GetSection(SharedCredentialOptions.SectionName))
            .Validate(o => o.Threshold >= 0, $"{SharedCredentialOptions.SectionName}:Threshold must be 0 (off) or more.");
        services.AddSingleton<ISharedCredentialSettings>(provider => provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<SharedCredentialOptions>>().Value);
        services.AddScoped<IApiClientRegistry, ApiClientRegistry>();
        services.AddScoped<IOrganisationRepository, OrganisationRepository>();
        services.AddScoped<PersonalCodeGenerator>();
        return services;
    }

    public static IEndpointRouteBuilder MapIdentityModule(this IEndpointRouteBuilder endpoints) => endpoints.MapOpenIdConnectEndpoints();

    private static void AddAccounts(IServiceCollection services)
    {
        services.AddIdentity<ApplicationUser, ApplicationRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
                // Only administrators lock accounts: failed sign-ins are throttled per account and
                // address instead (ADR 0025), so Identity never locks one after failures.
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = int.MaxValue;
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = true;
                options.Password.RequiredUniqueChars = 5;
                options.ClaimsIdentity.UserIdClaimType = Claims.Subject;
                options.ClaimsIdentity.UserNameClaimType = Claims.PreferredUsername;
                options.ClaimsIdentity.RoleClaimType = Claims.Role;
                options.ClaimsIdentity.EmailClaimType = Claims.Email;
            })
            .AddEntityFrameworkStores<IdentityDbContext>()
            .AddSignInManager<ModularSignInManager>()
            .AddClaimsPrincipalFactory<ModularClaimsPrincipalFactory>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddDefaultTokenProviders();

        services.Configure<PasswordHasherOptions>(options => options.IterationCount = 210_000);

        // Every request checks the account's security stamp, so deactivation or a lock ends sessions at once.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);

        services.ConfigureApplicationCookie(options =>
        {
            SecureCookie(options, SessionCookieName);
            options.LoginPath = OpenIdConnectPaths.Login;
            options.LogoutPath = OpenIdConnectPaths.Logout;
            options.AccessDeniedPath = OpenIdConnectPaths.AccessDenied;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, options => SecureCookie(options, SessionCookieName + ".2fa"));
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorRememberMeScheme, options => SecureCookie(options, SessionCookieName + ".2fa-device"));
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.ExternalScheme, options => SecureCookie(options, SessionCookieName + ".external"));
    }

    private static void SecureCookie(CookieAuthenticationOptions options, string name)
    {
        options.Cookie.Name = name;
        options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.Path = "/";
    }

    private static void AddOpenIdConnectServer(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment, Uri issuer)
    {
        services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityDbContext>())
            .AddServer(server =>
            {
                // Never the request's Host: a forged one would otherwise name the issuer (and every
                // endpoint) of the discovery document.
                server.SetIssuer(issuer);
                server.SetAuthorizationEndpointUris(OpenIdConnectPaths.Authorize.TrimStart('/'))
                    .SetTokenEndpointUris(OpenIdConnectPaths.Token.TrimStart('/'))
                    .SetUserInfoEndpointUris(OpenIdConnectPaths.UserInfo.TrimStart('/'))
                    .SetEndSessionEndpointUris(OpenIdConnectPaths.EndSession.TrimStart('/'))
                    .SetRevocationEndpointUris(OpenIdConnectPaths.Revocation.TrimStart('/'))
                    .SetIntrospectionEndpointUris(OpenIdConnectPaths.Introspection.TrimStart('/'));

                // The token exchange (RFC 8693) lets a mandatary trade their own token for one that acts
                // for their mandator in the mandated service (ADR 0041).
                server.AllowAuthorizationCodeFlow()
                    .RequireProofKeyForCodeExchange()
                    .AllowClientCredentialsFlow()
                    .AllowRefreshTokenFlow()
                    .AllowTokenExchangeFlow();

                // Refresh tokens roll, but never beyond the lifetime of the first one.
                server.DisableSlidingRefreshTokenExpiration()
                    .SetAccessTokenLifetime(TimeSpan.FromHours(1))
                    .SetAuthorizationCodeLifetime(TimeSpan.FromMinutes(5))
                    .SetRefreshTokenLifetime(TimeSpan.FromDays(14));

                // Access tokens are signed JWTs, not encrypted ones: the API trusts the signature and
                // checks the token's entry (revocation); decrypting with RSA on every call cost 8 ms.
                server.DisableAccessTokenEncryption();

                server.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.Roles, Scopes.OfflineAccess);
                server.RegisterClaims(Claims.Subject, Claims.Name, Claims.Email, Claims.PreferredUsername, Claims.Role, IdentityClaimTypes.OrganisationId);

                if (environment.IsDevelopment())
                {
                    server.AddDevelopmentEncryptionCertificate().AddDevelopmentSigningCertificate();
                }
                else
                {
                    OpenIddictCertificates.AddConfiguredCertificates(server, configuration);
                }

                server.AddModularRules(issuer);

                var aspNetCore = server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .EnableStatusCodePagesIntegration();
                if (environment.IsDevelopment() || !configuration.GetValue("Modular:Identity:RequireHttps", defaultValue: true))
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.UseAspNetCore();

                // The API takes only tokens issued for it (ADR 0026).
                validation.AddAudiences(PrincipalFactory.ApiAudience);

                // A revoked token or authorization (sign-out, deactivation) stops working at once on
                // this Host, within the token state cache's lifetime on another (ADR 0045).
                validation.EnableTokenEntryValidation();
                validation.EnableAuthorizationEntryValidation();
                foreach (var replaced in CachedTokenEntryValidation.Replaced)
                {
                    validation.RemoveEventHandler(replaced);
                }

                validation.AddEventHandler(CachedTokenEntryValidation.Descriptor);
            });

        // Every scope a module declares is a scope the server accepts; PKCE "plain" is refused.
        services.AddOptions<OpenIddictServerOptions>()
            .Configure<IEnumerable<ApiScopeDefinition>>((options, scopes) =>
            {
                options.Scopes.UnionWith(scopes.Select(s => s.Name));
                options.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain);
            });
    }
}
