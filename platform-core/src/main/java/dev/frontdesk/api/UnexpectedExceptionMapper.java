package dev.frontdesk.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Anything unforeseen: logged with a reference the caller can quote, never a stack trace in the response. */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Context UriInfo uri;

  @Override
  public Response toResponse(Throwable e) {
    ProblemException known = Causes.find(e, ProblemException.class);
    if (known != null) {
      return ProblemResponses.of(known.problem(), uri);
    }
    String reference = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected error " + reference, e);
    return ProblemResponses.of(
        ProblemResponses.generic(
            500, "Internal Server Error", "Something went wrong on our side (reference " + reference + ")."),
        uri);
  }
}
