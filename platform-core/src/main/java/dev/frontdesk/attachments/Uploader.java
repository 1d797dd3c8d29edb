package dev.frontdesk.attachments;

import java.util.Locale;
import java.util.UUID;

/** Who uploaded a file: only they may send it in a message. */
public record Uploader(Type type, UUID id) {

  public enum Type {
    CUSTOMER,
    MEMBER,
    API;

    public String apiName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Uploader {
    if (type == null || id == null) {
      throw new IllegalArgumentException("an uploader has a type and an id");
    }
  }

  public static Uploader customer(UUID customerId) {
    return new Uploader(Type.CUSTOMER, customerId);
  }

  public static Uploader member(UUID memberId) {
    return new Uploader(Type.MEMBER, memberId);
  }
}
