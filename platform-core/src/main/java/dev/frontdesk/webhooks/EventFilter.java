package dev.frontdesk.webhooks;

import dev.frontdesk.events.EventType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/** Which event types a webhook receives: some of {@link EventType#RECORDED}, or all of them ({@code *}). */
public final class EventFilter {

  public static final String ALL = "*";

  private final TreeSet<String> types;

  private EventFilter(TreeSet<String> types) {
    this.types = types;
  }

  /**
   * The filter for what a tenant asked for.
   *
   * @throws IllegalArgumentException naming the unknown types and the valid ones
   */
  public static EventFilter of(List<String> requested) {
    if (requested == null || requested.isEmpty()) {
      throw new IllegalArgumentException("name at least one event type, or \"*\" for all; valid: " + valid());
    }
    TreeSet<String> types = new TreeSet<>();
    List<String> unknown = new ArrayList<>();
    for (String type : requested) {
      String t = type == null ? "" : type.strip();
      if (t.equals(ALL) || EventType.RECORDED.contains(t)) {
        types.add(t);
      } else {
        unknown.add("'" + t + "'");
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "unknown event type" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown) + "; valid: "
              + valid());
    }
    return types.contains(ALL) ? new EventFilter(new TreeSet<>(List.of(ALL))) : new EventFilter(types);
  }

  static EventFilter ofStored(String stored) {
    return new EventFilter(new TreeSet<>(Arrays.asList(stored.split(" "))));
  }

  /** The valid entries, for error messages: "*" first, then the types in order. */
  static String valid() {
    return ALL + ", " + String.join(", ", new TreeSet<>(EventType.RECORDED));
  }

  public boolean matches(String type) {
    return types.contains(ALL) || types.contains(type);
  }

  /** As the API shows it: sorted, {@code ["*"]} for all. */
  public List<String> types() {
    return List.copyOf(types);
  }

  String stored() {
    return String.join(" ", types);
  }
}
