package dev.frontdesk.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Jakarta Validation failures on request bodies and parameters become a 400 naming each bad field. */
@Provider
public class ValidationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {

  @Context UriInfo uri;

  @Override
  public Response toResponse(ConstraintViolationException e) {
    List<Problem.FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(field(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    String detail =
        errors.isEmpty()
            ? "The request is invalid."
            : errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
    return ProblemResponses.of(
        new Problem(Problem.TYPE_BASE + "validation", "Invalid input", 400, detail, null, errors), uri);
  }

  /** The JSON name of the invalid value: the last property node, without the method and parameter names. */
  private static String field(ConstraintViolation<?> violation) {
    String field = "body";
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
        field = node.getName();
      } else if (node.getKind() == ElementKind.PARAMETER) {
        field = "body";
      }
    }
    return field == null ? "body" : field;
  }
}
