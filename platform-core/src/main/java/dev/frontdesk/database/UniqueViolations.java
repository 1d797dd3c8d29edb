package dev.frontdesk.database;

import dev.frontdesk.api.Causes;
import dev.frontdesk.api.ProblemException;
import java.util.Locale;
import java.util.Map;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Turns a unique-constraint violation into a 409 that says what is taken. The constraint, not a prior look-up,
 * is the guard: two concurrent signups for one slug cannot both pass.
 */
public final class UniqueViolations {

  private UniqueViolations() {}

  /**
   * The conflict for the violated constraint named in {@code messages} (constraint name → detail), or {@code e}
   * itself when it is not one of them.
   */
  public static RuntimeException translate(RuntimeException e, Map<String, String> messages) {
    ConstraintViolationException violation = Causes.find(e, ConstraintViolationException.class);
    if (violation != null) {
      String name = violation.getConstraintName();
      String haystack = ((name != null ? name : "") + " " + violation.getMessage()).toLowerCase(Locale.ROOT);
      for (Map.Entry<String, String> m : messages.entrySet()) {
        if (haystack.contains(m.getKey())) {
          return ProblemException.conflict(m.getValue());
        }
      }
    }
    return e;
  }
}
