using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using OpenTerritoire.Storage;

namespace OpenTerritoire.Api.Problems;

/// <summary>
/// The last resort: a database outage answers 503 with Retry-After; anything else is our bug and answers 500.
/// Neither ever returns a stack trace, SQL or exception text to the client.
/// </summary>
internal sealed class UnhandledExceptionHandler(IProblemDetailsService problems, ILogger<UnhandledExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var request = httpContext.Request;
        var transient = StorageFailure.IsTransient(exception);
        var french = ProblemMapping.Language(httpContext) == "fr";
        ProblemDetails problem;
        if (transient)
        {
            ApiLog.DatabaseUnavailable(logger, request.Method, request.Path, exception.GetType().Name);
            httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            httpContext.Response.Headers.RetryAfter = "5";
            problem = new ProblemDetails
            {
                Type = ProblemMapping.TypeBase + "host.unavailable",
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = french ? "Service momentanément indisponible" : "Service temporarily unavailable",
                Detail = french
                    ? "La base de données ne répond pas. Réessayez dans quelques secondes ; rien n'a été enregistré."
                    : "The database is not answering. Try again in a few seconds; nothing was stored.",
            };
        }
        else
        {
            ApiLog.UnhandledException(logger, exception, request.Method, request.Path);
            httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
            problem = new ProblemDetails
            {
                Type = ProblemMapping.TypeBase + "host.internal-error",
                Status = StatusCodes.Status500InternalServerError,
                Title = french ? "Erreur interne" : "Internal error",
                Detail = french
                    ? "Une erreur inattendue s'est produite. Citez l'identifiant de requête en nous contactant."
                    : "An unexpected error occurred. Quote the request id when you contact us.",
            };
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }
}
