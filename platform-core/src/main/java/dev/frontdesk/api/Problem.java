package dev.frontdesk.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code type} is a stable URI per kind of problem; {@code errors} lists the fields
 * that failed validation.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public record Problem(
    String type, String title, int status, String detail, String instance, List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final String TYPE_BASE = "https://frontdesk.dev/problems/";

  /** One invalid input: where ({@code field}, a JSON path like {@code adminEmail}) and why. */
  public record FieldError(String field, String message) {}

  public Problem withInstance(String path) {
    return new Problem(type, title, status, detail, path, errors);
  }
}
