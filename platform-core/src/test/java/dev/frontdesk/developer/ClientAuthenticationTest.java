package dev.frontdesk.developer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientAuthenticationTest {

  private static String basic(String userPass) {
    return "Basic " + Base64.getEncoder().encodeToString(userPass.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsTheClientFromTheFormBody() {
    ClientAuthentication c =
        ClientAuthentication.of(null, Map.of("client_id", List.of("fd_abc"), "client_secret", List.of("s3cret")));
    assertEquals("fd_abc", c.clientId());
    assertEquals("s3cret", c.secret());
    assertFalse(c.basic());
  }

  @Test
  void readsHttpBasicWhoseHalvesAreFormEncoded() {
    ClientAuthentication c = ClientAuthentication.of(basic("fd_abc:a%3Ab+c"), Map.of());
    assertEquals("fd_abc", c.clientId());
    assertEquals("a:b c", c.secret());
    assertTrue(c.basic());
    assertTrue(ClientAuthentication.of("basic " + basic("x:y").substring(6), Map.of()).basic(), "scheme is case-free");
  }

  @Test
  void refusesTwoWaysAtOnceRepeatsAndNothingAtAll() {
    assertEquals("invalid_request", assertThrows(OAuthError.class, () ->
        ClientAuthentication.of(basic("a:b"), Map.of("client_secret", List.of("b")))).error());
    assertEquals("invalid_request", assertThrows(OAuthError.class, () ->
        ClientAuthentication.of(basic("a:b"), Map.of("client_id", List.of("other")))).error());
    assertEquals("invalid_request", assertThrows(OAuthError.class, () ->
        ClientAuthentication.of(null, Map.of("client_id", List.of("a", "b"), "client_secret", List.of("s"))))
        .error());
    assertEquals("invalid_request", assertThrows(OAuthError.class, () ->
        ClientAuthentication.of(null, Map.of("client_id", List.of("a")))).error());
    assertEquals("invalid_request", assertThrows(OAuthError.class, () ->
        ClientAuthentication.of("Basic !!!", Map.of())).error());
    assertEquals("invalid_request", assertThrows(OAuthError.class, () ->
        ClientAuthentication.of(basic("no-colon"), Map.of())).error());
  }

  @Test
  void neverPrintsTheSecret() {
    ClientAuthentication c = new ClientAuthentication("fd_abc", "s3cret", false);
    assertFalse(c.toString().contains("s3cret"));
  }
}
