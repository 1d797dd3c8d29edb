package dev.frontdesk.webhooks;

import dev.frontdesk.config.FrontdeskConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * POSTs one attempt. Bounded in time (connect timeout, then a deadline for the whole exchange, after which the
 * request is cancelled), never follows redirects, and refuses a host that resolves to an internal address, which
 * the URL check at registration cannot see. The check and the connection resolve separately, so a name that
 * changes its answer in between (DNS rebinding) is not fully excluded: deployments that must exclude it route
 * outgoing traffic through an egress proxy.
 */
@ApplicationScoped
public class WebhookClient {

  @Inject FrontdeskConfig config;

  private HttpClient http;
  private Duration timeout;
  private boolean allowLoopback;

  WebhookClient() {}

  WebhookClient(Duration timeout, boolean allowLoopback) {
    configure(timeout, allowLoopback);
  }

  @PostConstruct
  void init() {
    configure(config.webhookTimeout(), config.webhooksAllowInsecure());
  }

  private void configure(Duration timeout, boolean allowLoopback) {
    this.timeout = timeout;
    this.allowLoopback = allowLoopback;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  /** Sends the attempt, signed as of {@code at}, and reports what came of it. Never throws for the receiver's sake. */
  public AttemptResult send(OutgoingDelivery delivery, Instant at) {
    long started = System.nanoTime();
    String refusal = refusal(delivery.url());
    if (refusal != null) {
      return AttemptResult.failed(refusal, since(started));
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(delivery.url())
            .timeout(timeout)
            .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body()));
    delivery.headers(at).forEach(request::header);
    CompletableFuture<HttpResponse<Void>> exchange =
        http.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding());
    try {
      // Headers must come within the request timeout; the body may not drag on past twice that.
      HttpResponse<Void> response = exchange.get(timeout.multipliedBy(2).toMillis(), TimeUnit.MILLISECONDS);
      return AttemptResult.answered(response.statusCode(), since(started));
    } catch (TimeoutException e) {
      exchange.cancel(true);
      return AttemptResult.failed("no complete answer within " + timeout.multipliedBy(2).toSeconds() + " s",
          since(started));
    } catch (ExecutionException e) {
      return AttemptResult.failed(describe(e.getCause()), since(started));
    } catch (InterruptedException e) {
      exchange.cancel(true);
      Thread.currentThread().interrupt();
      return AttemptResult.failed("interrupted (shutting down)", since(started));
    }
  }

  /** Why the URL's host must not be called now, or null. */
  private String refusal(URI url) {
    try {
      for (InetAddress address : InetAddress.getAllByName(url.getHost())) {
        if (InternalHosts.isRefused(address, allowLoopback)) {
          return "refused: " + url.getHost() + " resolves to an internal address (" + address.getHostAddress() + ")";
        }
      }
      return null;
    } catch (UnknownHostException e) {
      return "cannot resolve " + url.getHost();
    }
  }

  private static String describe(Throwable cause) {
    String message = cause.getMessage();
    String kind = cause.getClass().getSimpleName();
    return message == null || message.isBlank() ? kind : kind + ": " + message;
  }

  private static Duration since(long startedNanos) {
    return Duration.ofNanos(System.nanoTime() - startedNanos);
  }
}
