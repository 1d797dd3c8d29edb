package dev.frontdesk.visitor;

import dev.frontdesk.api.Problem;
import dev.frontdesk.api.ProblemException;
import dev.frontdesk.config.FrontdeskConfig;
import dev.frontdesk.entry.EntryPoint;
import dev.frontdesk.entry.Origins;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Refuses visitor requests made by web pages that are not on the entry point's allow-list. The hosted chat page
 * (Frontdesk's own origin) is always allowed; requests without an Origin header come from apps and servers,
 * which browsers' same-origin rules do not concern.
 */
@ApplicationScoped
public class VisitorOrigins {

  @Inject FrontdeskConfig config;

  public void check(String origin, EntryPoint entry) {
    if (origin == null || origin.isBlank()) {
      return;
    }
    String normalized;
    try {
      normalized = Origins.normalize(origin);
    } catch (IllegalArgumentException e) {
      throw refused(origin);
    }
    if (normalized.equals(Origins.normalize(config.publicUrl())) || entry.allowedOrigins().contains(normalized)) {
      return;
    }
    throw refused(origin);
  }

  private static ProblemException refused(String origin) {
    return new ProblemException(
        new Problem(
            Problem.TYPE_BASE + "origin-not-allowed", "Origin not allowed", 403,
            "This chat cannot be opened from " + origin
                + ": the site is not on the entry point's list of allowed origins.",
            null, null));
  }
}
