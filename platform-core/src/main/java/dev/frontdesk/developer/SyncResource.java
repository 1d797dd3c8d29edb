package dev.frontdesk.developer;

import dev.frontdesk.api.JsonTrees;
import dev.frontdesk.api.ProblemException;
import dev.frontdesk.attachments.FileLinks;
import dev.frontdesk.events.LoggedEvent;
import dev.frontdesk.identity.ApiAccess;
import dev.frontdesk.identity.ApiScope;
import dev.frontdesk.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The company's events and messages in one stable order, paged by cursor, like WeCom's {@code sync_msg}: call
 * with the last {@code next_cursor} until {@code has_more} is false, and again later for what happened since.
 */
@Path("/sync")
@RequestScoped
@Tag(name = "Developer API")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TENANT_ADMIN_ID, Role.API_CLIENT_ID})
@ApiAccess(ApiScope.SYNC)
public class SyncResource {

  @Inject EventSync sync;
  @Inject FileLinks links;

  /** One event: its place in the feed, its type (message, enter_session, ...), when it happened, its payload. */
  public record FeedEvent(long seq, String type, Instant createdAt, JsonValue data) {}

  public record SyncPage(
      List<FeedEvent> events,
      @JsonbProperty("next_cursor") String nextCursor,
      @JsonbProperty("has_more") boolean hasMore) {}

  @GET
  @Operation(summary = "Events and messages after a cursor, in feed order (every event exactly once)")
  public SyncPage sync(
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
    long after;
    try {
      after = SyncCursor.decode(cursor);
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid("cursor", e.getMessage());
    }
    EventSync.Page page = sync.after(after, limit);
    List<FeedEvent> events = page.events().stream().map(this::view).toList();
    long last = events.isEmpty() ? after : events.get(events.size() - 1).seq();
    return new SyncPage(events, SyncCursor.encode(last), page.hasMore());
  }

  private FeedEvent view(LoggedEvent e) {
    return new FeedEvent(
        e.feedSeq(), e.type(), e.createdAt(), JsonTrees.value(links.refresh(e.tenantId(), e.payload())));
  }
}
