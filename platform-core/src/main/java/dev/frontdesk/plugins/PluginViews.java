package dev.frontdesk.plugins;

import dev.frontdesk.spi.AssistantPlugin;
import dev.frontdesk.spi.ChannelPlugin;
import dev.frontdesk.spi.HttpEndpoint;
import dev.frontdesk.spi.PaymentProvider;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** How plugins and bindings look in the API. */
public final class PluginViews {

  private PluginViews() {}

  public record Permissions(Set<String> hosts, long storageMb) {
    static Permissions of(Descriptor d) {
      return new Permissions(d.hosts(), d.storageBytes() / (1024 * 1024));
    }
  }

  public record Failures(long calls, long failures, long timeouts, String lastFailure, Instant lastFailureAt) {
    static final Failures NONE = new Failures(0, 0, 0, null, null);

    static Failures of(CallGuard.Stats s) {
      return new Failures(s.calls(), s.failures(), s.timeouts(), s.lastFailure(), s.lastFailureAt());
    }
  }

  /** A plugin as the platform admin sees it. */
  public record PlatformPlugin(
      String id,
      String version,
      String name,
      String vendor,
      String description,
      String state,
      String error,
      String signer,
      String sha256,
      String spi,
      List<String> extensionPoints,
      Permissions permissions,
      boolean bundled,
      Instant installedAt,
      Instant updatedAt,
      Failures failures,
      Map<String, Long> metrics,
      long enabledTenants,
      long suspendedTenants) {}

  public record Certificate(String subject, String sha256, Instant notAfter) {}

  public record Trust(boolean allowUnsigned, List<Certificate> certificates) {}

  /** Where a company enabled a plugin, without its secrets. */
  public record BindingView(
      UUID accountId, boolean enabled, Map<String, Object> config, List<String> secretsSet, Suspension suspended,
      Instant updatedAt) {}

  public record Suspension(String reason, Instant at) {}

  /** A plugin as a company's admin sees it. */
  public record TenantPlugin(
      String id,
      String name,
      String vendor,
      String description,
      String version,
      List<String> extensionPoints,
      JsonObject configSchema,
      Permissions permissions,
      BindingView tenant,
      List<BindingView> accounts) {}

  static List<String> extensionPoints(RunningPlugin p) {
    List<String> points = new ArrayList<>();
    if (!p.extensions(AssistantPlugin.class).isEmpty()) {
      points.add("assistant");
    }
    if (!p.extensions(ChannelPlugin.class).isEmpty()) {
      points.add("channel");
    }
    if (!p.extensions(PaymentProvider.class).isEmpty()) {
      points.add("payment");
    }
    if (!p.extensions(HttpEndpoint.class).isEmpty()) {
      points.add("http");
    }
    return points;
  }

  static BindingView binding(PluginBindings bindings, PluginBinding b) {
    return new BindingView(
        b.accountId(), b.enabled(), bindings.visible(b), bindings.secretsSet(b),
        b.suspendedAt() == null ? null : new Suspension(b.suspendedReason(), b.suspendedAt()), b.updatedAt());
  }
}
