using ArchUnitNET.Fluent;
using static ArchUnitNET.Fluent.ArchRuleDefinition;
using static Modular.ArchitectureTests.ModuleNamespaces;

namespace Modular.ArchitectureTests.Rules;

/// <summary>
/// ARCHITECTURE.md rule 1: Domain depends on SharedKernel only; Application on its Domain, its
/// Contracts and SharedKernel; Infrastructure on its Application. Also what rule 1 rests on:
/// Contracts are plain messages, and SharedKernel is pure (ADR 0007) and knows no module.
/// </summary>
internal static class LayerRules
{
    public static IArchRule DomainDependsOnSharedKernelOnly(ModularSystem system) =>
        RuleParts.ForEachModule(system, module =>
            Types().That().ResideInNamespaceMatching(LayerOf(module, Layer.Domain))
                .Should().FollowCustomCondition(
                    type => RuleParts.DependsOnlyOn(type, target =>
                        IsBcl(target) || IsPureSharedKernel(target) || Matches(target, LayerOf(module, Layer.Domain))),
                    $"depend only on Modular.{module}.Domain, Modular.SharedKernel (not its Infrastructure) and System")
                .WithoutRequiringPositiveResults());

    /// <summary>Other modules' Contracts are allowed too: rule 2 lets a module send their requests and handle their events.</summary>
    public static IArchRule ApplicationDependsOnItsDomainContractsAndSharedKernelOnly(ModularSystem system) =>
        RuleParts.ForEachModule(system, module =>
            Types().That().ResideInNamespaceMatching(LayerOf(module, Layer.Application))
                .Should().FollowCustomCondition(
                    type => RuleParts.DependsOnlyOn(type, target =>
                        IsBcl(target) || IsMediatR(target) || IsPureSharedKernel(target)
                        || Matches(target, AnyModule(Layer.Contracts))
                        || Matches(target, LayerOf(module, Layer.Domain))
                        || Matches(target, LayerOf(module, Layer.Application))),
                    $"depend only on Modular.{module}.Domain, Modular.{module}.Application, Contracts, Modular.SharedKernel (not its Infrastructure), MediatR and System")
                .WithoutRequiringPositiveResults());

    /// <summary>Infrastructure may use anything of its own module and any library, but never the Host nor another module's inside.</summary>
    public static IArchRule InfrastructureDependsOnItsOwnModuleNeverOnTheHost(ModularSystem system) =>
        RuleParts.ForEachModule(system, module =>
            Types().That().ResideInNamespaceMatching(LayerOf(module, Layer.Infrastructure))
                .Should().NotDependOnAny(
                    Types(true).That().ResideInNamespaceMatching(Below(HostNamespace))
                        .Or().ResideInNamespaceMatching(OtherModules(module, Layer.Domain, Layer.Application, Layer.Infrastructure)))
                .WithoutRequiringPositiveResults());

    /// <summary>Contracts are the module's public surface: messages built from SharedKernel, MediatR and the BCL, and other Contracts.</summary>
    public static IArchRule ContractsDependOnSharedKernelMediatRAndBclOnly(ModularSystem system) =>
        RuleParts.ForEachModule(system, module =>
            Types().That().ResideInNamespaceMatching(LayerOf(module, Layer.Contracts))
                .Should().FollowCustomCondition(
                    type => RuleParts.DependsOnlyOn(type, target =>
                        IsBcl(target) || IsMediatR(target) || IsPureSharedKernel(target) || Matches(target, AnyModule(Layer.Contracts))),
                    "depend only on Contracts, Modular.SharedKernel (not its Infrastructure), MediatR and System")
                .WithoutRequiringPositiveResults());

    /// <summary>ADR 0007: the kernel Domain, Application and Contracts see holds MediatR's markers and nothing else.</summary>
    public static IArchRule SharedKernelDependsOnMediatRAndBclOnly(ModularSystem system) =>
        Types().That().ResideInNamespaceMatching(PureSharedKernelPattern)
            .Should().FollowCustomCondition(
                type => RuleParts.DependsOnlyOn(type, target => IsBcl(target) || IsMediatR(target) || IsPureSharedKernel(target)),
                "depend only on Modular.SharedKernel (not its Infrastructure), MediatR and System");

    /// <summary>Every module builds on SharedKernel.Infrastructure, so it can know none of them, nor the Host that composes them.</summary>
    public static IArchRule SharedKernelInfrastructureKnowsNoModuleNorTheHost(ModularSystem system) =>
        Types().That().ResideInNamespaceMatching(Below(SharedKernelInfrastructureNamespace))
            .Should().NotDependOnAny(
                Types(true).That().ResideInNamespaceMatching(Below(HostNamespace))
                    .Or().ResideInNamespaceMatching(AnyModule(Layer.Contracts, Layer.Domain, Layer.Application, Layer.Infrastructure)));
}
