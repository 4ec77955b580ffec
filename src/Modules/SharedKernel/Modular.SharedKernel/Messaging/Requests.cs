using MediatR;
using Modular.SharedKernel.Results;

namespace Modular.SharedKernel.Messaging;

/// <summary>A request that changes state in one module, in one transaction.</summary>
public interface ICommand<TResponse> : IRequest<Result<TResponse>>;

/// <summary>A command with nothing to return but success.</summary>
public interface ICommand : IRequest<Result>;

/// <summary>A request that reads and changes nothing.</summary>
public interface IQuery<TResponse> : IRequest<Result<TResponse>>;

/// <summary>The value of a command that returns nothing but success.</summary>
public readonly record struct Done;
