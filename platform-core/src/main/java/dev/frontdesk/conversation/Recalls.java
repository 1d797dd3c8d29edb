package dev.frontdesk.conversation;

import dev.frontdesk.api.ProblemException;
import dev.frontdesk.events.EventLog;
import dev.frontdesk.events.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * Recalling a message within {@link #WINDOW} of sending it, as WeCom allows. The message keeps its place in the
 * sequence; readers see it without content, and a {@code recall} event tells live connections, sync and webhooks.
 */
@ApplicationScoped
public class Recalls {

  public static final Duration WINDOW = Duration.ofMinutes(2);

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject EventLog events;
  @Inject MessageViews views;

  /**
   * Who recalls: the author of a message may recall it; a supervisor may also recall any servicer's message.
   */
  public record Recaller(Sender sender, boolean supervises) {

    boolean mayRecall(Sender author) {
      return author.equals(sender) || (supervises && author.type() == SenderType.SERVICER);
    }
  }

  /** The payload of {@code recall}. */
  public record Recall(
      UUID messageId, UUID sessionId, UUID customerId, int seq, String recalledByType, UUID recalledById,
      Instant recalledAt) {}

  /**
   * Recalls a message of the given session; recalling it again changes nothing.
   *
   * @throws ProblemException 404 when the session has no such message, 403 when the recaller may not recall
   *     it, 409 when it is older than the window
   */
  @Transactional
  public MessageView recall(UUID sessionId, UUID messageId, Recaller recaller) {
    Session session = sessionId == null ? null : em.find(Session.class, sessionId);
    if (session != null) {
      em.refresh(session, LockModeType.PESSIMISTIC_WRITE); // the caller may have read it before: fresh counters
    }
    Message message = messageId == null ? null : em.find(Message.class, messageId);
    if (session == null || message == null || !message.sessionId().equals(sessionId)) {
      throw ProblemException.notFound("No message " + messageId + " in this session.");
    }
    if (!recaller.mayRecall(message.sender())) {
      throw ProblemException.forbidden(
          recaller.supervises()
              ? "Only messages written by servicers (or yourself) can be recalled."
              : "Only your own messages can be recalled.");
    }
    if (message.recalledAt() != null) {
      return views.of(message, session);
    }
    Instant now = clock.instant();
    Duration age = Duration.between(message.createdAt(), now);
    if (age.compareTo(WINDOW) > 0) {
      throw ProblemException.conflict(
          "Messages can be recalled within " + WINDOW.toMinutes() + " minutes of sending; this one was sent "
              + ago(age) + " ago.");
    }
    message.recall(now);
    if (message.sender().type() == SenderType.CUSTOMER) {
      session.customerMessageRecalled(message.seq());
    }
    em.flush();
    Sender by = recaller.sender();
    events.record(
        EventType.RECALL,
        Conversations.subject(session, null),
        new Recall(
            message.id(), session.id(), session.customerId(), message.seq(),
            by.type().name().toLowerCase(Locale.ROOT), by.id(), now));
    return views.of(message, session);
  }

  private static String ago(Duration age) {
    long minutes = age.toMinutes();
    return minutes < 1 ? age.toSeconds() + " seconds" : minutes == 1 ? "1 minute" : minutes + " minutes";
  }
}
