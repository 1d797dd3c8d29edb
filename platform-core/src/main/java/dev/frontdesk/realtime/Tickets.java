package dev.frontdesk.realtime;

import dev.frontdesk.identity.ServerSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Short-lived tickets that let a signed-in staff member open the agent WebSocket. Browsers cannot put a bearer
 * token on a WebSocket handshake, and a token in a URL ends up in logs; so the workspace trades its access
 * token for a ticket over the API and sends the ticket as the socket's first message. Stateless and signed with
 * a server key, so any instance accepts a ticket any instance issued.
 */
@ApplicationScoped
public class Tickets {

  static final String KEY = "realtime-ticket";
  public static final Duration TTL = Duration.ofSeconds(60);

  @Inject ServerSecrets secrets;
  @Inject Clock clock;

  /** Whose ticket it is: the member, their tenant, and whether they oversee all sessions. */
  public record Holder(UUID tenantId, UUID memberId, boolean supervises) {}

  public record Issued(String ticket, Instant expiresAt) {}

  public Issued issue(Holder holder) {
    Instant expires = clock.instant().plus(TTL);
    String data = "t1." + holder.tenantId() + "." + holder.memberId() + "." + (holder.supervises() ? 1 : 0) + "."
        + expires.getEpochSecond();
    return new Issued(data + "." + secrets.sign(KEY, data), expires);
  }

  public Optional<Holder> verify(String ticket) {
    if (ticket == null || ticket.length() > 300) {
      return Optional.empty();
    }
    String[] parts = ticket.split("\\.");
    if (parts.length != 6 || !"t1".equals(parts[0])) {
      return Optional.empty();
    }
    try {
      String signed = ticket.substring(0, ticket.lastIndexOf('.'));
      if (!secrets.verify(KEY, signed, parts[5])
          || clock.instant().getEpochSecond() > Long.parseLong(parts[4])) {
        return Optional.empty();
      }
      return Optional.of(new Holder(UUID.fromString(parts[1]), UUID.fromString(parts[2]), "1".equals(parts[3])));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
