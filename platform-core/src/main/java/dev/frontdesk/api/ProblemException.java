package dev.frontdesk.api;

import java.util.List;

/**
 * Thrown by domain code to answer with a problem detail. Unchecked, so a {@code @Transactional} method that throws
 * it rolls back: a refused request writes nothing.
 */
public class ProblemException extends RuntimeException {

  private final transient Problem problem;

  public ProblemException(int status, String type, String title, String detail) {
    this(new Problem(Problem.TYPE_BASE + type, title, status, detail, null, null));
  }

  public ProblemException(Problem problem) {
    super(problem.detail());
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }

  public static ProblemException badRequest(String detail) {
    return new ProblemException(400, "bad-request", "Bad request", detail);
  }

  public static ProblemException invalid(String field, String message) {
    return new ProblemException(
        new Problem(
            Problem.TYPE_BASE + "validation", "Invalid input", 400, field + ": " + message, null,
            List.of(new Problem.FieldError(field, message))));
  }

  public static ProblemException unauthorized(String detail) {
    return new ProblemException(401, "unauthorized", "Unauthorized", detail);
  }

  public static ProblemException forbidden(String detail) {
    return new ProblemException(403, "forbidden", "Forbidden", detail);
  }

  public static ProblemException notFound(String detail) {
    return new ProblemException(404, "not-found", "Not found", detail);
  }

  public static ProblemException conflict(String detail) {
    return new ProblemException(409, "conflict", "Conflict", detail);
  }
}
