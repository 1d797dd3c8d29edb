package dev.frontdesk.conversation;

/** Who wrote a message. */
public enum SenderType {
  CUSTOMER,
  SERVICER,
  ASSISTANT,
  API,
  SYSTEM;

  public boolean business() {
    return this != CUSTOMER;
  }
}
