using Modular.SharedKernel.Messaging;
using Modular.Sharing.Application.CaseFiles;
using Modular.Sharing.Contracts;

namespace Modular.Sharing.Application.CaseFiles.UpdateCaseFile;

internal sealed class UpdateCaseFileCommandValidator(TimeProvider time) : IValidator<UpdateCaseFileCommand>
{
    public IEnumerable<ValidationFailure> Validate(UpdateCaseFileCommand request) =>
        CaseFileContentValidator.Validate(request.Content, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
}
