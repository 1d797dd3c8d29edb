package dev.frontdesk.events;

import java.util.Set;

/** Every event name, in one place. */
public final class EventType {

  public static final String MESSAGE = "message";
  public static final String ENTER_SESSION = "enter_session";
  public static final String SESSION_STATUS_CHANGE = "session_status_change";
  public static final String SERVICER_STATUS_CHANGE = "servicer_status_change";
  public static final String MSG_SEND_FAIL = "msg_send_fail";
  public static final String RECALL = "recall";
  /** Not stored: a queue's order changed, so waiting visitors should hear their new position. */
  public static final String QUEUE_CHANGED = "queue_changed";
  /**
   * Not stored: someone is typing in a session. The subject's servicer id is the typing servicer, or null when
   * the customer types, so each side hears only the other.
   */
  public static final String TYPING = "typing";
  /**
   * Not stored: a side of a session read up to a sequence number. Data {@code {sessionId, reader, seq}}, where
   * reader is "customer" or "staff"; visitors hear staff reads of their sessions, staff hear both.
   */
  public static final String READ = "read";
  /** Not stored, staff only: an internal note was added to a session. Data: the note as the API shows it. */
  public static final String NOTE = "note";
  /** Sent to a waiting visitor's connection only: their place in the queue. */
  public static final String QUEUE_POSITION = "queue_position";

  /** The types {@link EventLog#record} stores, so sync and webhooks carry them. */
  public static final Set<String> RECORDED =
      Set.of(MESSAGE, ENTER_SESSION, SESSION_STATUS_CHANGE, SERVICER_STATUS_CHANGE, MSG_SEND_FAIL, RECALL);

  private EventType() {}
}
