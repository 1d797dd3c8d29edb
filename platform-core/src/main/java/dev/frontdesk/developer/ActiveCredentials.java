package dev.frontdesk.developer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Whether an API client's credential is still active, checked on every request: from the database at most every
 * {@link #RECHECK} per credential and node, from memory in between. Revoking on this node takes effect at once;
 * on other nodes within {@link #RECHECK}. Access tokens live longer than that, so revocation does not wait for
 * them to expire.
 */
@ApplicationScoped
public class ActiveCredentials {

  static final Duration RECHECK = Duration.ofSeconds(10);

  private record Key(UUID tenantId, UUID credentialId) {}

  @Inject Credentials credentials;
  @Inject Clock clock;

  private final ConcurrentMap<Key, Instant> activeUntil = new ConcurrentHashMap<>();

  /** Is the credential active in the current tenant (the one the token named)? */
  public boolean isActive(UUID tenantId, UUID credentialId) {
    Key key = new Key(tenantId, credentialId);
    Instant now = clock.instant();
    Instant until = activeUntil.get(key);
    if (until != null && now.isBefore(until)) {
      return true;
    }
    boolean active = credentials.checkActive(credentialId);
    if (active) {
      activeUntil.put(key, now.plus(RECHECK));
    } else {
      activeUntil.remove(key);
    }
    return active;
  }

  public void forget(UUID tenantId, UUID credentialId) {
    activeUntil.remove(new Key(tenantId, credentialId));
  }
}
