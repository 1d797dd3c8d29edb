package dev.frontdesk.visitor;

import dev.frontdesk.identity.ServerSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/**
 * Visitor tokens: {@code v1.<tenant>.<customer>.<hmac>}, signed with a server key. Stateless, so any instance
 * can check one, and the tenant comes from a verified signature, never from what the client claims.
 */
@ApplicationScoped
public class VisitorTokens {

  static final String KEY = "visitor-token";

  @Inject ServerSecrets secrets;

  /** Whose token it is. */
  public record Holder(UUID tenantId, UUID customerId) {}

  public String issue(UUID tenantId, UUID customerId) {
    String data = "v1." + tenantId + "." + customerId;
    return data + "." + secrets.sign(KEY, data);
  }

  public Optional<Holder> verify(String token) {
    if (token == null || token.length() > 200) {
      return Optional.empty();
    }
    String[] parts = token.split("\\.");
    if (parts.length != 4 || !"v1".equals(parts[0])) {
      return Optional.empty();
    }
    try {
      Holder holder = new Holder(UUID.fromString(parts[1]), UUID.fromString(parts[2]));
      String signed = token.substring(0, token.lastIndexOf('.'));
      return secrets.verify(KEY, signed, parts[3]) ? Optional.of(holder) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
