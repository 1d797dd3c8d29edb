package dev.frontdesk.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Builds problem+json responses. */
final class ProblemResponses {

  private ProblemResponses() {}

  static Response of(Problem problem, UriInfo uri) {
    Problem withPath = uri != null ? problem.withInstance(uri.getRequestUri().getRawPath()) : problem;
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(withPath).build();
  }

  static Problem generic(int status, String title, String detail) {
    String type = title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    return new Problem(Problem.TYPE_BASE + type, title, status, detail, null, null);
  }
}
