package dev.frontdesk.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code type} is a stable URI per kind of problem; {@code errors} lists the fields
 * that failed validation.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors", "quota"})
public record Problem(
    String type, String title, int status, String detail, String instance, List<FieldError> errors, Quota quota) {

  public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
    this(type, title, status, detail, instance, errors, null);
  }

  /**
   * The extension member of a {@code quota-exceeded} problem: which limit, the use against it, and the cheapest
   * plan on sale that lifts it (null when none does).
   */
  @JsonbPropertyOrder({"limit", "used", "allowed", "plan", "upgradeTo"})
  public record Quota(String limit, long used, long allowed, String plan, String upgradeTo) {}

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final String TYPE_BASE = "https://frontdesk.dev/problems/";

  /** One invalid input: where ({@code field}, a JSON path like {@code adminEmail}) and why. */
  public record FieldError(String field, String message) {}

  public Problem withInstance(String path) {
    return new Problem(type, title, status, detail, path, errors, quota);
  }
}
