package dev.frontdesk.developer;

import dev.frontdesk.events.Feed;
import dev.frontdesk.events.FeedRelay;
import dev.frontdesk.events.LoggedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * One page of the event feed for {@code /sync}: first numbers what has committed since the last call (each
 * round commits on its own, before anything is read, so a page never shows a number that could still be rolled
 * back), then reads after the cursor.
 */
@ApplicationScoped
public class EventSync {

  /** Rounds of numbering per call: a large backlog is worked off across calls, with {@code has_more} set. */
  static final int MAX_ROUNDS = 20;

  @Inject FeedRelay relay;
  @Inject Feed feed;

  public record Page(List<LoggedEvent> events, boolean hasMore) {}

  public Page after(long afterSeq, int limit) {
    boolean backlog = false;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      backlog = relay.numberNext() == FeedRelay.BATCH;
      if (!backlog) {
        break;
      }
    }
    List<LoggedEvent> events = feed.after(afterSeq, limit + 1);
    boolean more = events.size() > limit;
    return new Page(more ? events.subList(0, limit) : events, more || backlog);
  }
}
