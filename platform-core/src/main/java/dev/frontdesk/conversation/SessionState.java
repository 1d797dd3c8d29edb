package dev.frontdesk.conversation;

import java.util.Arrays;
import java.util.Locale;

/** WeCom Kf's session states. The declaration order is the stored code (0..4): do not reorder. */
public enum SessionState {
  NEW,
  ASSISTANT,
  QUEUED,
  HUMAN,
  CLOSED;

  public int code() {
    return ordinal();
  }

  public boolean open() {
    return this != CLOSED;
  }

  public String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Accepts the API name ("queued") or the code ("2"). */
  public static SessionState parse(String value) {
    return Arrays.stream(values())
        .filter(s -> s.apiName().equals(value) || String.valueOf(s.code()).equals(value))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("state must be one of new, assistant, queued, human, closed or 0-4"));
  }
}
