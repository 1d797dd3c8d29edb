package dev.frontdesk.developer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The ids of a batch request: the well-formed ones (in order, once each, with the text as it was sent) and the
 * malformed ones (once each, as sent).
 */
public record CustomerIds(Map<UUID, String> wellFormed, List<String> malformed) {

  public static CustomerIds parse(List<String> ids) {
    Map<UUID, String> wellFormed = new LinkedHashMap<>();
    Set<String> malformed = new LinkedHashSet<>();
    for (String id : ids) {
      UUID parsed = parse(id);
      if (parsed != null) {
        wellFormed.putIfAbsent(parsed, id);
      } else {
        malformed.add(id);
      }
    }
    return new CustomerIds(
        Collections.unmodifiableMap(wellFormed), Collections.unmodifiableList(new ArrayList<>(malformed)));
  }

  /** Only the canonical 36-character form: {@link UUID#fromString} also takes shortened variants. */
  private static UUID parse(String id) {
    if (id == null || id.length() != 36) {
      return null;
    }
    try {
      UUID uuid = UUID.fromString(id);
      return uuid.toString().equalsIgnoreCase(id) ? uuid : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
