package dev.frontdesk.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS's own errors (unknown route, wrong method, unreadable JSON, missing role) as problem details instead of
 * HTML.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context UriInfo uri;

  @Override
  public Response toResponse(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    Response.StatusType type = Response.Status.fromStatusCode(status);
    String title = type != null ? type.getReasonPhrase() : "Error";
    String detail =
        switch (status) {
          case 400 -> "The request body is not valid JSON for this operation"
              + (e.getCause() != null ? ": " + e.getCause().getMessage() : ".");
          case 401 -> "Sign in first: send a valid bearer token in the Authorization header.";
          case 403 -> "Your roles do not allow this operation.";
          case 404 -> "There is nothing at this address.";
          case 405 -> "This address does not accept that method.";
          case 415 -> "Send the body as application/json.";
          default -> e.getMessage();
        };
    return ProblemResponses.of(ProblemResponses.generic(status, title, detail), uri);
  }
}
