package dev.frontdesk.conversation;

import dev.frontdesk.api.Json;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * The content of a message, one record per {@link MessageType}. On the wire a message is {@code {"type":
 * "text", "content": {"text": "Hello"}}}; the content's shape depends on the type.
 */
public sealed interface MessageContent {

  MessageType type();

  default String toJson() {
    return Json.write(this);
  }

  static MessageContent fromJson(MessageType type, String json) {
    return Json.read(json, recordOf(type));
  }

  static Class<? extends MessageContent> recordOf(MessageType type) {
    return switch (type) {
      case TEXT -> Text.class;
      case IMAGE, VIDEO, STICKER, FILE, VOICE -> Media.class;
      case LOCATION -> Location.class;
      case BUSINESS_CARD -> BusinessCard.class;
      case LINK -> Link.class;
      case MENU -> Menu.class;
    };
  }

  /** Text; {@code menuId} when it is the customer's click on a menu option. */
  record Text(@NotBlank @Size(max = 4000) String text, @Size(max = 64) String menuId)
      implements MessageContent {
    public static Text of(String text) {
      return new Text(text, null);
    }

    @Override
    public MessageType type() {
      return MessageType.TEXT;
    }
  }

  /**
   * A file-carrying message (image, video, sticker, file, voice). Clients send only {@code attachmentId}; the
   * server fills in what it checked on upload.
   */
  record Media(
      MessageType kind,
      @NotNull UUID attachmentId,
      String name,
      String contentType,
      Long size)
      implements MessageContent {
    @Override
    public MessageType type() {
      return kind;
    }
  }

  record Location(
      @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
      @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude,
      @Size(max = 200) String name,
      @Size(max = 500) String address)
      implements MessageContent {
    @Override
    public MessageType type() {
      return MessageType.LOCATION;
    }
  }

  record BusinessCard(
      @NotBlank @Size(max = 120) String name,
      @Size(max = 120) String title,
      @Size(max = 120) String company,
      @Size(max = 40) String phone,
      @Email @Size(max = 254) String email)
      implements MessageContent {
    @Override
    public MessageType type() {
      return MessageType.BUSINESS_CARD;
    }
  }

  record Link(
      @NotBlank @Size(max = 200) String title,
      @NotBlank @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String url,
      @Size(max = 500) String description,
      @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String thumbUrl)
      implements MessageContent {
    @Override
    public MessageType type() {
      return MessageType.LINK;
    }
  }

  /** Clickable options; a click comes back as a customer text message carrying the option's id. */
  record Menu(
      @Size(max = 500) String head,
      @NotEmpty @Size(max = 10) List<@Valid @NotNull MenuItem> items,
      @Size(max = 500) String tail)
      implements MessageContent {
    @Override
    public MessageType type() {
      return MessageType.MENU;
    }
  }

  /** A menu option: {@code click} (answers with {@code id}) or {@code view} (opens {@code url}). */
  record MenuItem(
      @NotBlank @Pattern(regexp = "click|view", message = "must be click or view") String type,
      @NotBlank @Size(max = 64) String id,
      @NotBlank @Size(max = 128) String content,
      @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String url) {}
}
