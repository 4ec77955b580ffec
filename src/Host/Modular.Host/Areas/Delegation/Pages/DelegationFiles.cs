using Microsoft.AspNetCore.Mvc;
using Modular.Delegation.Contracts;
using Modular.SharedKernel.Results;

namespace Modular.Host.Areas.Delegation.Pages;

/// <summary>A mandate form's PDF as the pages give it: a download, or not found for anyone but its mandator and the back office.</summary>
public static class DelegationFiles
{
    public static IActionResult Form(Result<MandateFormFileDto> form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return form.IsSuccess ? new FileContentResult(form.Value.Content, "application/pdf") { FileDownloadName = form.Value.FileName } : new NotFoundResult();
    }
}
