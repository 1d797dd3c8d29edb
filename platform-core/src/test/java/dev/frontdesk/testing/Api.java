package dev.frontdesk.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A small JSON client for the Frontdesk API, as any API consumer would call it. */
public final class Api {

  // HTTP/1.1 as browsers speak it to a plain-http server: no h2c upgrade, whose shared connection Payara ends
  // with GOAWAY under many concurrent requests.
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

  private final String base;
  private final String token;
  private final Map<String, String> headers;

  private Api(String base, String token, Map<String, String> headers) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.token = token;
    this.headers = headers;
  }

  public static Api at(URL base) {
    return new Api(base.toString(), null, Map.of());
  }

  public Api as(String accessToken) {
    return new Api(base, accessToken, headers);
  }

  /** The same client, sending one more header on every request. */
  public Api withHeader(String name, String value) {
    Map<String, String> more = new HashMap<>(headers);
    more.put(name, value);
    return new Api(base, token, Map.copyOf(more));
  }

  public String base() {
    return base;
  }

  /** The Authorization header value this client sends. */
  public String bearer() {
    return "Bearer " + token;
  }

  /** A response: status, content type and parsed JSON body (or null). */
  public record Reply(int status, String contentType, String text) {

    public JsonObject json() {
      return (JsonObject) parse();
    }

    public JsonArray array() {
      return (JsonArray) parse();
    }

    private JsonStructure parse() {
      try (var reader = Json.createReader(new StringReader(text))) {
        return reader.read();
      }
    }

    public String string(String field) {
      return json().getString(field);
    }

    public boolean isProblem() {
      return contentType != null && contentType.startsWith("application/problem+json");
    }

    @Override
    public String toString() {
      return status + " " + text;
    }
  }

  public Reply get(String path) {
    return send("GET", path, null);
  }

  public Reply post(String path, JsonValue body) {
    return send("POST", path, body);
  }

  public Reply patch(String path, JsonValue body) {
    return send("PATCH", path, body);
  }

  public Reply delete(String path) {
    return send("DELETE", path, null);
  }

  /** POSTs an HTML form ({@code application/x-www-form-urlencoded}), as OAuth token requests are sent. */
  public Reply postForm(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(f -> encode(f.getKey()) + "=" + encode(f.getValue()))
            .collect(Collectors.joining("&"));
    return send("POST", path, body, "application/x-www-form-urlencoded");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  public Reply send(String method, String path, JsonValue body) {
    return send(method, path, body == null ? null : body.toString(), "application/json");
  }

  private Reply send(String method, String path, String body, String contentType) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(120))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", contentType);
    }
    request.header("Accept", headers.getOrDefault("Accept", "application/json"));
    headers.forEach((name, value) -> {
      if (!name.equals("Accept")) {
        request.header(name, value);
      }
    });
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(
          response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
