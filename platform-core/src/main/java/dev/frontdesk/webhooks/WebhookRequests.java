package dev.frontdesk.webhooks;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What the API accepts for webhooks. */
public final class WebhookRequests {

  private WebhookRequests() {}

  /** A new webhook: an https URL and the event types it wants ({@code ["*"]} for all). */
  public record Register(
      @Size(max = 2000) String url,
      @Size(max = 20) List<@NotNull String> events,
      @Size(max = 500) String description) {}

  /** A change: every field optional; an empty description clears it. */
  public record Update(
      @Size(max = 2000) String url,
      @Size(max = 20) List<@NotNull String> events,
      @Size(max = 500) String description,
      Boolean active) {}
}
