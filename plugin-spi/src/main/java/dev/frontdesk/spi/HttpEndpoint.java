package dev.frontdesk.spi;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * HTTP endpoints a plugin contributes, served under {@code /api/v1/plugins/{pluginId}/...} (the first path
 * segments {@code config} and {@code enabled} are the platform's own). By default a request must carry a staff
 * token of a tenant the plugin is enabled for, and arrives with that {@link Request#caller()} and {@link
 * Request#binding()}; paths under a prefix the descriptor lists in {@code publicPaths} (a channel's inbound
 * webhook) are anonymous and must authenticate the sender themselves, e.g. by a signature keyed by a secret of
 * the binding's configuration.
 */
public interface HttpEndpoint extends Extension {

  Response handle(Request request) throws Exception;

  /**
   * @param path the path after {@code /api/v1/plugins/{pluginId}}, starting with {@code /}
   * @param query query parameters; header names are lower-case
   * @param caller the signed-in staff member, empty on public paths without a token
   * @param binding the caller's tenant binding (the {@code account} query parameter selects an account's own);
   *     empty on public paths
   */
  record Request(
      String method,
      String path,
      Map<String, List<String>> query,
      Map<String, List<String>> headers,
      byte[] body,
      Optional<Caller> caller,
      Optional<Binding> binding) {

    public Request {
      query = Map.copyOf(query);
      headers = Map.copyOf(headers);
      body = body == null ? new byte[0] : body;
    }

    public Optional<String> queryParam(String name) {
      List<String> values = query.get(name);
      return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public Optional<String> header(String name) {
      List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
      return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** A signed-in staff member. Roles: {@code tenant-admin}, {@code supervisor}, {@code agent}. */
  record Caller(String tenantId, String userId, Set<String> roles) {
    public Caller {
      roles = Set.copyOf(roles);
    }

    public boolean admin() {
      return roles.contains("tenant-admin");
    }
  }

  /**
   * A response. Errors should be {@code application/problem+json}: {@link #problem} makes one. The platform
   * adds no body to a plugin's response, and refuses bodies above 10 MB.
   */
  record Response(int status, Map<String, String> headers, byte[] body) {
    public Response {
      headers = Map.copyOf(headers);
      Objects.requireNonNull(body, "body");
    }

    public static Response json(int status, String json) {
      return new Response(status, Map.of("Content-Type", "application/json"), json.getBytes(StandardCharsets.UTF_8));
    }

    public static Response text(int status, String text) {
      return new Response(
          status, Map.of("Content-Type", "text/plain; charset=utf-8"), text.getBytes(StandardCharsets.UTF_8));
    }

    public static Response noContent() {
      return new Response(204, Map.of(), new byte[0]);
    }

    /** An RFC 9457 problem with a title from the status and the given detail. */
    public static Response problem(int status, String title, String detail) {
      String json =
          "{\"type\":\"about:blank\",\"title\":" + Json.quote(title) + ",\"status\":" + status + ",\"detail\":"
              + Json.quote(detail) + "}";
      return new Response(
          status, Map.of("Content-Type", "application/problem+json"), json.getBytes(StandardCharsets.UTF_8));
    }
  }
}
