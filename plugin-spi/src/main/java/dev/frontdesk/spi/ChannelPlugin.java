package dev.frontdesk.spi;

/**
 * An external channel (email, a messaging app) through which customers reach a CS account. Inbound messages
 * arrive by polling ({@link Scheduler}) or by webhook ({@link HttpEndpoint}) and enter through {@link
 * Binding#inbound()}; business replies in sessions the channel opened are handed to {@link #send}.
 */
public interface ChannelPlugin extends Extension {

  /** A short name agents see on sessions from this channel, e.g. {@code "email"}. */
  String channel();

  /** The channel's send-window rule; enforced by the platform before {@link #send}. */
  default SendWindow sendWindow() {
    return SendWindow.UNLIMITED;
  }

  /**
   * Delivers one business message to the customer. Runs after the message is stored, off the agent's request.
   *
   * @return the channel's id for the sent message (kept for threading), or null
   * @throws Exception when it could not be delivered: agents see it as a failed send ({@code msg_send_fail})
   */
  String send(Binding binding, OutboundMessage message) throws Exception;
}
