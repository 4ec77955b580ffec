using ArchUnitNET.Fluent;
using static ArchUnitNET.Fluent.ArchRuleDefinition;
using static Modular.ArchitectureTests.ModuleNamespaces;

namespace Modular.ArchitectureTests.Rules;

/// <summary>
/// ARCHITECTURE.md "Requests, events, transactions": a message a module sends because its state
/// changed is an integration event saved with the change; its notice consumer (Infrastructure)
/// sends the message. So no module's Application asks another module to send a message itself.
/// </summary>
internal static class SideEffectRules
{
    public const string SendMessageCommand = "SendMessageCommand";

    public static IArchRule ApplicationNeverSendsMessagesItself(ModularSystem system) =>
        RuleParts.ForEachModule(system, module =>
            Types().That().ResideInNamespaceMatching(LayerOf(module, Layer.Application))
                .Should().NotDependOnAny(
                    Types(true).That().HaveName(SendMessageCommand).And().ResideInNamespaceMatching(OtherModules(module, Layer.Contracts)))
                .Because("a message sent after SaveChanges is lost when the process dies in between: raise an integration event and let a notice consumer send it")
                .WithoutRequiringPositiveResults());
}
