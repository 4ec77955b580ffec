using MediatR;
using Modular.Host.Pipeline;
using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.UnitTests.Host;

public sealed class PipelineBehaviorTests
{
    [RequireRole("Admin")]
    [RequireScope("things.write")]
    private sealed record AdminCommand(string Name) : ICommand;

    /// <summary>A stand-in for the caller, behind our own ICurrentUser port.</summary>
    private sealed class Caller(bool authenticated, string[]? roles = null, string? clientId = null, string[]? scopes = null) : ICurrentUser
    {
        public bool IsAuthenticated => authenticated;

        public Guid? UserId => authenticated ? Guid.Parse("11111111-1111-1111-1111-111111111111") : null;

        public Guid? OrganisationId => null;

        public string? ClientId => clientId;

        public bool IsInRole(string role) => roles?.Contains(role) == true;

        public bool HasScope(string scope) => scopes?.Contains(scope) == true;
    }

    private sealed class NameRequired : IValidator<AdminCommand>
    {
        public IEnumerable<ValidationFailure> Validate(AdminCommand request)
        {
            if (string.IsNullOrWhiteSpace(request.Name))
            {
                yield return new ValidationFailure(nameof(request.Name), "Le nom est obligatoire.");
            }
        }
    }

    private static Task<Result> Run(ICurrentUser user, AdminCommand command) =>
        new AuthorizationBehavior<AdminCommand, Result>(user).Handle(command, CancellationToken.None, () => Task.FromResult(Result.Success()));

    [Fact]
    public async Task An_anonymous_caller_is_refused_before_the_handler()
    {
        var result = await Run(new Caller(authenticated: false), new AdminCommand("x"));

        Assert.Equal("authentication-required", result.Error?.Code);
    }

    [Fact]
    public async Task A_caller_without_the_role_is_refused()
    {
        var result = await Run(new Caller(authenticated: true, roles: ["Agent"]), new AdminCommand("x"));

        Assert.Equal("role-required", result.Error?.Code);
        Assert.Equal(ErrorKind.Forbidden, result.Error?.Kind);
    }

    [Fact]
    public async Task Scopes_bind_tokens_but_not_browser_sessions()
    {
        var session = await Run(new Caller(true, ["Admin"]), new AdminCommand("x"));
        var tokenWithout = await Run(new Caller(true, ["Admin"], clientId: "app", scopes: ["other"]), new AdminCommand("x"));
        var tokenWith = await Run(new Caller(true, ["Admin"], clientId: "app", scopes: ["things.write"]), new AdminCommand("x"));

        Assert.True(session.IsSuccess);
        Assert.Equal("scope-required", tokenWithout.Error?.Code);
        Assert.True(tokenWith.IsSuccess);
    }

    [Fact]
    public async Task Validation_failures_become_one_error_with_field_messages_and_the_handler_never_runs()
    {
        var behavior = new ValidationBehavior<AdminCommand, Result>([new NameRequired()]);
        var handlerRan = false;

        var result = await behavior.Handle(new AdminCommand(" "), CancellationToken.None, () =>
        {
            handlerRan = true;
            return Task.FromResult(Result.Success());
        });

        Assert.False(handlerRan);
        Assert.Equal("validation-failed", result.Error?.Code);
        Assert.Equal(["Le nom est obligatoire."], result.Error!.FieldErrors["Name"]);
    }

    [Fact]
    public void Behaviors_cannot_fail_a_response_that_is_not_a_result()
    {
        Assert.False(ResultFactory<string>.IsResult);
        Assert.Throws<InvalidOperationException>(() => ResultFactory<string>.Failure(Error.Invalid("x", "y")));
        Assert.IsType<Result<int>>(ResultFactory<Result<int>>.Failure(Error.Invalid("x", "y")));
    }

    [Fact]
    public void The_pipeline_runs_logging_then_authorization_then_validation()
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection().AddRequestPipeline();

        var behaviors = services.Where(s => s.ServiceType == typeof(IPipelineBehavior<,>)).Select(s => s.ImplementationType!.Name).ToList();

        Assert.Equal(["LoggingBehavior`2", "AuthorizationBehavior`2", "ValidationBehavior`2"], behaviors);
    }
}
