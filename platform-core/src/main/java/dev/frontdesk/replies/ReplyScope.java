package dev.frontdesk.replies;

import java.util.Arrays;
import java.util.Locale;

/** Whom a canned reply belongs to: the whole company, or one member. */
public enum ReplyScope {
  TENANT,
  PERSONAL;

  public String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The scope named {@code value} ("tenant" or "personal"), or {@link IllegalArgumentException}. */
  public static ReplyScope parse(String value) {
    return Arrays.stream(values())
        .filter(s -> s.apiName().equals(value))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("must be 'tenant' or 'personal'"));
  }
}
