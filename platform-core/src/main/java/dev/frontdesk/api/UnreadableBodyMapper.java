package dev.frontdesk.api;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not JSON, or not JSON of the expected shape, is the client's mistake: 400, saying why. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

  @Context UriInfo uri;

  @Override
  public Response toResponse(ProcessingException e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String reason = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    return ProblemResponses.of(
        new Problem(
            Problem.TYPE_BASE + "unreadable-body", "Unreadable request body", 400,
            "The request body could not be read as the expected JSON object: " + reason, null, null),
        uri);
  }
}
