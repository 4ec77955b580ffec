using Modular.SharedKernel.Messaging;
using Modular.Sharing.Application.CaseFiles;
using Modular.Sharing.Contracts;

namespace Modular.Sharing.Application.CaseFiles.CreateCaseFile;

internal sealed class CreateCaseFileCommandValidator(TimeProvider time) : IValidator<CreateCaseFileCommand>
{
    public IEnumerable<ValidationFailure> Validate(CreateCaseFileCommand request) =>
        CaseFileContentValidator.Validate(request.Content, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
}
