using Modular.Host.Pipeline;
using Modular.Identity.Application.Account.RegisterExternalAccount;
using Modular.Identity.Application.Account.SetPreferredLanguage;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.Account;
using Modular.Identity.Contracts.Admin;
using Modular.Identity.Contracts.Mandataries;
using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.UnitTests.Identity;

public sealed class PreferredLanguageTests
{
    private static readonly Guid PersonId = Guid.Parse("0195f0c4-0000-7000-8000-000000000001");

    [Theory]
    [InlineData("fr", true)]
    [InlineData("en", true)]
    [InlineData("de", false)]
    [InlineData("FR", false)]
    [InlineData("fr-FR", false)]
    [InlineData("en ", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_french_and_english_are_kept_as_a_preference(string? language, bool supported) =>
        Assert.Equal(supported, PreferredLanguages.IsSupported(language));

    [Fact]
    public async Task A_known_language_is_stored_for_the_signed_in_person()
    {
        var store = new LanguageStore();
        var handler = new SetPreferredLanguageCommandHandler(new Caller(PersonId), store);

        var result = await handler.Handle(new SetPreferredLanguageCommand("en"), CancellationToken.None);

        Assert.True(result.IsSuccess);
        Assert.Equal([(PersonId, "en")], store.Stored);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("en-GB")]
    [InlineData("<script>")]
    public async Task An_unknown_language_is_refused_and_nothing_is_stored(string language)
    {
        var store = new LanguageStore();
        var handler = new SetPreferredLanguageCommandHandler(new Caller(PersonId), store);

        var result = await handler.Handle(new SetPreferredLanguageCommand(language), CancellationToken.None);
        var failures = new SetPreferredLanguageCommandValidator().Validate(new SetPreferredLanguageCommand(language));

        Assert.Equal("language-unknown", result.Error?.Code);
        Assert.Empty(store.Stored);
        Assert.Equal(nameof(SetPreferredLanguageCommand.Language), Assert.Single(failures).Property);
    }

    [Fact]
    public void An_invitation_account_needs_a_known_language()
    {
        var validator = new RegisterExternalAccountCommandValidator();

        var english = validator.Validate(new RegisterExternalAccountCommand("a@example.fr", "Alain", "Demo-Passw0rd!", "en"));
        var forged = validator.Validate(new RegisterExternalAccountCommand("a@example.fr", "Alain", "Demo-Passw0rd!", "de"));

        Assert.Empty(english);
        Assert.Equal(nameof(RegisterExternalAccountCommand.PreferredLanguage), Assert.Single(forged).Property);
    }

    [Fact]
    public async Task The_contact_query_passes_the_pipeline_with_no_one_signed_in_and_the_account_queries_do_not()
    {
        var nobody = new Caller(null);

        var contact = await new AuthorizationBehavior<GetAccountContactQuery, Result<AccountContactDto>>(nobody)
            .Handle(new GetAccountContactQuery(PersonId), CancellationToken.None, () => Task.FromResult(Result<AccountContactDto>.Success(null!)));
        var mine = await new AuthorizationBehavior<GetMyAccountQuery, Result<AccountDto>>(nobody)
            .Handle(new GetMyAccountQuery(), CancellationToken.None, () => Task.FromResult(Result<AccountDto>.Success(null!)));
        var language = await new AuthorizationBehavior<SetPreferredLanguageCommand, Result>(nobody)
            .Handle(new SetPreferredLanguageCommand("en"), CancellationToken.None, () => Task.FromResult(Result.Success()));

        Assert.True(contact.IsSuccess);
        Assert.Equal("authentication-required", mine.Error?.Code);
        Assert.Equal("authentication-required", language.Error?.Code);
    }

    private sealed class Caller(Guid? userId) : ICurrentUser
    {
        public bool IsAuthenticated => userId is not null;

        public Guid? UserId => userId;

        public Guid? OrganisationId => null;

        public string? ClientId => null;

        public bool IsInRole(string role) => false;

        public bool HasScope(string scope) => false;
    }

    /// <summary>Keeps what is stored; nothing else of the account store is used here.</summary>
    private sealed class LanguageStore : IAccountStore
    {
        public List<(Guid UserId, string Language)> Stored { get; } = [];

        public Task<Result> SetPreferredLanguageAsync(Guid userId, string language, CancellationToken cancellationToken)
        {
            Stored.Add((userId, language));
            return Task.FromResult(Result.Success());
        }

        public Task<AccountDto?> FindAsync(Guid userId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<AccountContactDto?> FindContactAsync(Guid userId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<AccountSummaryDto?> FindByPersonalCodeAsync(string code, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<bool> EmailExistsAsync(string email, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<bool> PersonalCodeExistsAsync(string code, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<Result<Guid>> CreateAsync(NewAccount account, string password, IReadOnlyList<IIntegrationEvent> events, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<EmailOwnerDto> FindEmailOwnerAsync(string email, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<bool> UserNameExistsAsync(string userName, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<bool> HasOwnUserNameAsync(Guid userId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task RequirePasswordChangeAsync(Guid userId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<PagedList<UserSummaryDto>> SearchAsync(string? search, int page, int pageSize, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<OrganisationMemberDto>> ListMembersAsync(Guid organisationId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyDictionary<Guid, int>> CountMembersAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<Result> ChangePasswordAsync(Guid userId, string currentPassword, string newPassword, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<bool> CheckPasswordAsync(Guid userId, string password, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<Result> SetLockedAsync(Guid userId, bool locked, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<Result> SetActiveAsync(Guid userId, bool active, IIntegrationEvent? changed, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<Result> ResetMfaAsync(Guid userId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<Result<MfaEnrolmentDto>> StartMfaEnrolmentAsync(Guid userId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<Result<MfaEnrolmentDto>> FindMfaEnrolmentAsync(Guid userId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<Result<IReadOnlyList<string>>> ConfirmMfaEnrolmentAsync(Guid userId, string code, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<Result> CancelMfaEnrolmentAsync(Guid userId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task DisableMfaAsync(Guid userId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<string>> RegenerateRecoveryCodesAsync(Guid userId, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
