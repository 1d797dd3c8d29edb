package dev.frontdesk.plugins;

import dev.frontdesk.api.Problem;
import dev.frontdesk.api.ProblemException;
import dev.frontdesk.spi.HttpEndpoint;
import dev.frontdesk.spi.PaymentProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Billing's way into payment provider plugins: which ones the platform admin enabled, and checkout, notices and
 * refunds called through the plugin's guard (its thread pool and timeout), so a failing provider answers 502
 * and never hangs a request.
 */
@ApplicationScoped
public class PaymentProviders {

  @Inject PluginHost host;
  @Inject PlatformSettingsStore settings;

  /** A way to pay a company can pick: the plugin's id and the name its descriptor gives. */
  public record Method(String id, String name) {}

  /** Running payment providers the platform admin enabled for payments, by name. */
  public List<Method> enabled() {
    return host.implementing(PaymentProvider.class).stream()
        .filter(p -> settings.find(p.descriptor().id()).map(PlatformSettings::paymentsEnabled).orElse(false))
        .map(p -> new Method(p.descriptor().id(), p.descriptor().name()))
        .sorted(Comparator.comparing(Method::name))
        .toList();
  }

  /** Starts paying with an enabled provider; {@code tenantId} is whom a failure counts against. */
  public PaymentProvider.Checkout checkout(String pluginId, String tenantId, PaymentProvider.PaymentRequest request) {
    if (enabled().stream().noneMatch(m -> m.id().equals(pluginId))) {
      throw ProblemException.invalid("provider", "'" + pluginId + "' is not a payment method on offer; see GET /api/v1/billing/payment-methods");
    }
    RunningPlugin p = running(pluginId);
    PaymentProvider.Checkout c = call(p, tenantId, "checkout", () -> provider(p).checkout(request));
    if (c == null || blank(c.reference()) || c.reference().length() > 200
        || (blank(c.redirectUrl()) && blank(c.instructions()))
        || (c.redirectUrl() != null && (c.redirectUrl().length() > 2000 || !c.redirectUrl().matches("https?://\\S+")))
        || (c.instructions() != null && c.instructions().length() > 10_000)) {
      throw bad(pluginId, "its checkout gave no usable answer (a reference of 1 to 200 characters, and an http(s)"
          + " redirect URL or instructions)");
    }
    return c;
  }

  /**
   * Reads a notice the provider's servers sent. Taken from any running provider, enabled for payments or not:
   * payments started before the platform admin turned a provider off still complete.
   */
  public Optional<PaymentProvider.PaymentNotice> notification(
      String pluginId, String method, UriInfo uri, HttpHeaders headers, InputStream body) {
    RunningPlugin p = running(pluginId);
    HttpEndpoint.Request request =
        PluginEndpoints.request(method, "/notify", uri, headers, body, Optional.empty(), Optional.empty());
    Optional<PaymentProvider.PaymentNotice> notice = call(p, null, "notification", () -> provider(p).notification(request));
    return notice == null ? Optional.empty() : notice;
  }

  /** Refunds through the provider; returns its refund reference. */
  public String refund(String pluginId, String tenantId, String reference, long amountMinor, String currency) {
    RunningPlugin p = running(pluginId);
    String ref = call(p, tenantId, "refund", () -> provider(p).refund(reference, amountMinor, currency));
    if (blank(ref) || ref.length() > 200) {
      throw bad(pluginId, "its refund gave no reference of 1 to 200 characters");
    }
    return ref;
  }

  /** A running plugin exposing a payment provider, else 404. */
  RunningPlugin running(String pluginId) {
    return host.running(pluginId)
        .filter(p -> !p.extensions(PaymentProvider.class).isEmpty())
        .orElseThrow(() -> ProblemException.notFound("No payment provider plugin " + pluginId + " is running."));
  }

  private static PaymentProvider provider(RunningPlugin p) {
    return p.extensions(PaymentProvider.class).get(0);
  }

  private static <T> T call(RunningPlugin p, String tenantId, String what, java.util.concurrent.Callable<T> work) {
    try {
      return p.call(tenantId, what, work);
    } catch (PluginFailure e) {
      throw bad(p.descriptor().id(), e.getMessage());
    }
  }

  private static ProblemException bad(String pluginId, String why) {
    return new ProblemException(new Problem(
        Problem.TYPE_BASE + "plugin-failed", "Payment provider failed", 502, "Payment provider " + pluginId + ": " + why,
        null, null));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
