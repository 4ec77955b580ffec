namespace Modular.Notifications.Contracts;

/// <summary>
/// Error codes of the Notifications module: stable, used as problem types and as the keys of the
/// texts people read (<c>Error.{code}</c> in the Host's resources, in French and English). Every
/// code the module's Application can return is here; a test fails when one is missing or lacks a text.
/// </summary>
public static class NotificationsErrorCodes
{
    public const string RecipientEmailInvalid = "recipient-email-invalid";
    public const string RecipientMobileInvalid = "recipient-mobile-invalid";
    public const string RecipientAddressIncomplete = "recipient-address-incomplete";
    public const string MessageNotFound = "message-not-found";
    public const string MessageNotRendered = "message-not-rendered";
    public const string NotAPendingLetter = "not-a-pending-letter";
    public const string ChannelUnknown = "channel-unknown";

    /// <summary>The files of one message are larger together than <c>Modular:Notifications:MaxEnclosureBytes</c>.</summary>
    public const string EnclosuresTooLarge = "enclosures-too-large";

    /// <summary>An SMS carries no file.</summary>
    public const string EnclosureNotOnSms = "enclosure-not-on-sms";

    /// <summary>No file at that place in the message, or its bytes are gone from the store.</summary>
    public const string EnclosureNotFound = "enclosure-not-found";
    public const string TemplateUnknown = "template-unknown";
    public const string TemplateInvalid = "template-invalid";

    /// <summary>
    /// One syntax error of a template draft, with its line and column; its reason says which kind
    /// (unclosed-block, unmatched-end, misplaced-else, unterminated-string, missing-closing-bracket,
    /// unexpected-token, invalid-expression), none for another.
    /// </summary>
    public const string TemplateSyntax = "template-syntax";

    /// <summary>The extension of a <see cref="TemplateSyntax"/> error holding the template parser's own (English) text.</summary>
    public const string ParserMessageExtension = "parserMessage";
    public const string TemplateRenderFailed = "template-render-failed";
    public const string TemplateTimedOut = "template-timed-out";
    public const string TemplateRequired = "template-required";
    public const string SendingModuleRequired = "sending-module-required";
    public const string IdempotencyKeyInvalid = "idempotency-key-invalid";
}
