using Modular.ArchitectureTests.Rules;
using Modular.Fixture.Application;
using Modular.Fixture.Infrastructure;
using Modular.Other.Application;

namespace Modular.ArchitectureTests;

/// <summary>Side effects of a state change go through the module's outbox, never straight from a handler.</summary>
public sealed class SideEffectTests
{
    [Fact]
    public void Application_never_sends_messages_itself() =>
        RuleAssert.Holds(SideEffectRules.ApplicationNeverSendsMessagesItself(ModularSystem.Real), ModularSystem.Real);

    [Fact]
    public void A_handler_sending_another_modules_SendMessageCommand_is_reported() =>
        RuleAssert.Reports(
            SideEffectRules.ApplicationNeverSendsMessagesItself(ModularSystem.Fixtures),
            ModularSystem.Fixtures,
            violators: [typeof(RemindThingCommandHandler)],
            compliant: [typeof(SendMessageCommandHandler), typeof(RenameThingCommandHandler)],
            exempt: [typeof(ThingRemindedNotice)]);
}
