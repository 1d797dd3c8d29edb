package dev.frontdesk.conversation;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The kinds of message, as WeCom Kf has them. Each has one content record in {@link MessageContent}. */
public enum MessageType {
  TEXT,
  IMAGE,
  VIDEO,
  STICKER,
  FILE,
  LOCATION,
  VOICE,
  BUSINESS_CARD,
  LINK,
  MENU;

  public String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean carriesFile() {
    return this == IMAGE || this == VIDEO || this == STICKER || this == FILE || this == VOICE;
  }

  /** Customers can send these; links, business cards and menus come only from the business. */
  public boolean customerMaySend() {
    return this != BUSINESS_CARD && this != LINK && this != MENU;
  }

  public static MessageType parse(String value) {
    return Arrays.stream(values())
        .filter(t -> t.apiName().equals(value))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "must be one of "
                        + Arrays.stream(values()).map(MessageType::apiName).collect(Collectors.joining(", "))));
  }
}
