package dev.frontdesk.events;

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

  private EventType() {}
}
