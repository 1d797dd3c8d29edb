package dev.frontdesk.plugins;

import dev.frontdesk.api.Problem;
import dev.frontdesk.api.ProblemException;
import dev.frontdesk.identity.Caller;
import dev.frontdesk.identity.Role;
import dev.frontdesk.spi.Binding;
import dev.frontdesk.spi.HttpEndpoint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Forwards a request under {@code /api/v1/plugins/{id}/...} to the plugin's {@link HttpEndpoint}: decides who
 * is calling (a company's staff, or nobody on a public path), refuses companies that have not enabled the
 * plugin, and calls it through its guard, so a failing plugin answers 502 and never hangs the request.
 */
@RequestScoped
public class PluginEndpoints {

  static final int MAX_BODY = 10 * 1024 * 1024;
  private static final Set<String> STAFF = Set.of(Role.TENANT_ADMIN_ID, Role.SUPERVISOR_ID, Role.AGENT_ID);
  private static final Set<String> PASSED_HEADERS =
      Set.of("content-type", "content-disposition", "cache-control", "location", "etag", "last-modified");

  @Inject PluginHost host;
  @Inject PluginBindings bindings;
  @Inject Caller caller;

  Response forward(String method, String id, String path, UriInfo uri, HttpHeaders headers, InputStream body) {
    RunningPlugin plugin = host.running(id).orElseThrow(() -> ProblemException.notFound("No plugin " + id + " is available."));
    List<HttpEndpoint> handlers = plugin.extensions(HttpEndpoint.class);
    if (handlers.isEmpty()) {
      throw ProblemException.notFound("Plugin " + id + " has no endpoints.");
    }
    String subPath = "/" + path;
    boolean isPublic = plugin.descriptor().isPublic(subPath);
    Optional<HttpEndpoint.Caller> who = staff();
    if (who.isEmpty() && !isPublic) {
      throw ProblemException.unauthorized("Sign in as a member of a company that enabled plugin " + id + ".");
    }
    Optional<Binding> binding = Optional.empty();
    if (who.isPresent()) {
      UUID account = account(uri);
      binding = bindings.effective(id, account).map(b -> host.binding(plugin.descriptor(), b));
      if (binding.isEmpty() && !isPublic) {
        throw ProblemException.notFound("Plugin " + id + " is not enabled for your company"
            + (account == null ? "" : " and account " + account) + ".");
      }
    }
    HttpEndpoint.Request request = request(method, subPath, uri, headers, body, who, binding);
    String tenant = who.map(HttpEndpoint.Caller::tenantId).orElse(null);
    HttpEndpoint.Response response;
    try {
      response = plugin.call(tenant, method + " " + subPath, () -> handlers.get(0).handle(request));
    } catch (PluginFailure e) {
      throw new ProblemException(
          new Problem(Problem.TYPE_BASE + "plugin-failed", "Plugin failed", 502, e.getMessage(), null, null));
    }
    if (response == null || response.status() < 100 || response.status() > 599 || response.body().length > MAX_BODY) {
      throw new ProblemException(
          new Problem(Problem.TYPE_BASE + "plugin-failed", "Plugin failed", 502,
              "plugin " + id + " gave no valid response (a status from 100 to 599 and at most 10 MB)", null, null));
    }
    Response.ResponseBuilder out = Response.status(response.status()).entity(response.body());
    response.headers().forEach((k, v) -> {
      if (PASSED_HEADERS.contains(k.toLowerCase(Locale.ROOT))) {
        out.header(k, v);
      }
    });
    return out.build();
  }

  /** A plugin's view of an HTTP request: query, headers without credentials, the body up to 10 MB. */
  static HttpEndpoint.Request request(
      String method, String subPath, UriInfo uri, HttpHeaders headers, InputStream body, Optional<HttpEndpoint.Caller> who,
      Optional<Binding> binding) {
    return new HttpEndpoint.Request(method, subPath, copy(uri.getQueryParameters()), lowerCased(headers), read(body), who, binding);
  }

  /** The signed-in staff member, if the request carries a company member's token. */
  private Optional<HttpEndpoint.Caller> staff() {
    Set<String> roles = caller.roles();
    if (caller.tenantId().isEmpty() || roles.stream().noneMatch(STAFF::contains)) {
      return Optional.empty();
    }
    return Optional.of(new HttpEndpoint.Caller(caller.tenantId().get().toString(), caller.subject(), roles));
  }

  private static UUID account(UriInfo uri) {
    String a = uri.getQueryParameters().getFirst("account");
    if (a == null || a.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(a);
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid("account", "is not a CS account id");
    }
  }

  private static byte[] read(InputStream body) {
    try {
      byte[] bytes = body.readNBytes(MAX_BODY + 1);
      if (bytes.length > MAX_BODY) {
        throw new ProblemException(413, "too-large", "Request too large", "A plugin request body may have at most 10 MB.");
      }
      return bytes;
    } catch (IOException e) {
      throw ProblemException.badRequest("The request body broke off: " + e.getMessage());
    }
  }

  private static Map<String, List<String>> copy(Map<String, List<String>> in) {
    Map<String, List<String>> out = new HashMap<>();
    in.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return out;
  }

  private static Map<String, List<String>> lowerCased(HttpHeaders headers) {
    Map<String, List<String>> out = new HashMap<>();
    headers.getRequestHeaders().forEach((k, v) -> {
      String name = k.toLowerCase(Locale.ROOT);
      if (!name.equals("authorization") && !name.equals("cookie")) { // credentials stay with the platform
        out.put(name, List.copyOf(v));
      }
    });
    return out;
  }
}
