package dev.frontdesk.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

class WebhookUrlsTest {

  private static URI secure(String url) {
    return WebhookUrls.validate(url, false);
  }

  private static String refused(String url, boolean allowInsecure) {
    return assertThrows(IllegalArgumentException.class, () -> WebhookUrls.validate(url, allowInsecure), url)
        .getMessage();
  }

  @Test
  void normalizesAcceptedUrls() {
    assertEquals(
        URI.create("https://example.com/hooks?a=1&b=%20"), secure(" HTTPS://Example.COM:443/hooks?a=1&b=%20 "));
    assertEquals(URI.create("https://example.com/"), secure("https://example.com"));
    assertEquals(URI.create("https://example.com:8443/a/c"), secure("https://example.com:8443/a/./b/../c"));
    assertEquals(URI.create("https://8.8.8.8/"), secure("https://8.8.8.8/"));
    assertEquals(URI.create("https://172.32.0.1/"), secure("https://172.32.0.1/"));
    assertEquals(URI.create("https://[2001:db8::1]/x"), secure("https://[2001:DB8::1]/x"));
  }

  @Test
  void requiresHttpsUnlessInsecureIsAllowed() {
    assertEquals("webhook URLs must use https", refused("http://example.com/hook", false));
    assertEquals(URI.create("http://example.com/hook"), WebhookUrls.validate("http://example.com:80/hook", true));
    assertEquals("webhook URLs must use http or https", refused("ftp://example.com/hook", true));
  }

  @Test
  void rejectsMissingRelativeAndMalformedUrls() {
    assertEquals("a webhook URL is required", refused(null, false));
    assertEquals("a webhook URL is required", refused("  ", false));
    assertTrue(refused("/hooks", false).contains("must be absolute"));
    assertTrue(refused("mailto:ops@example.com", false).contains("must be absolute"));
    assertTrue(refused("https://exa mple.com/", false).startsWith("webhook URL is not valid"));
    assertTrue(refused("https:///path", false).contains("host"));
    assertTrue(refused("https://exa_mple.com/", false).contains("host"));
    assertEquals("webhook URL ports must be between 1 and 65535", refused("https://example.com:99999/", false));
    assertEquals("webhook URL ports must be between 1 and 65535", refused("https://example.com:0/", false));
  }

  @Test
  void rejectsCredentialsAndFragments() {
    assertEquals(
        "webhook URLs must not contain a user name or password", refused("https://user:pw@example.com/", false));
    assertEquals("webhook URLs must not contain a fragment (#...)", refused("https://example.com/hook#x", false));
    assertEquals("webhook URLs must not contain a fragment (#...)", refused("https://example.com/hook#", false));
  }

  @Test
  void limitsLength() {
    String prefix = "https://example.com/";
    String longest = prefix + "a".repeat(WebhookUrls.MAX_LENGTH - prefix.length());
    assertEquals(URI.create(longest), secure(longest));
    assertEquals("webhook URLs must be at most 2000 characters", refused(longest + "a", false));
  }

  @Test
  void refusesInternalHostsWrittenLiterally() {
    String[] hosts = {
      "localhost", "LOCALHOST.", "api.localhost", "127.0.0.1", "127.8.9.10", "0.0.0.0", "10.1.2.3", "172.16.0.1",
      "172.31.255.255", "192.168.1.1", "169.254.169.254", "100.64.0.1", "224.0.0.1", "255.255.255.255", "[::1]",
      "[::]", "[fe80::1]", "[fd12:3456::1]", "[::ffff:127.0.0.1]", "[::ffff:a9fe:a9fe]", "[::10.0.0.1]",
      "[64:ff9b::a9fe:a9fe]", "[64:ff9b::127.0.0.1]", "[2002:a9fe:a9fe::1]", "[2002:0a00:0001::]"
    };
    for (String host : hosts) {
      String url = "https://" + host + ":8443/hook";
      assertTrue(refused(url, false).startsWith("webhook URLs must not point to localhost"), url);
    }
  }

  @Test
  void insecureModeAllowsLoopbackButNoOtherInternalHost() {
    for (String host : new String[] {"localhost", "api.localhost", "127.0.0.1", "127.8.9.10", "[::1]",
        "[::ffff:127.0.0.1]"}) {
      assertEquals("http", WebhookUrls.validate("http://" + host + ":8443/hook", true).getScheme(), host);
    }
    for (String host : new String[] {"0.0.0.0", "10.1.2.3", "192.168.1.1", "169.254.169.254", "[fe80::1]",
        "[fd12:3456::1]", "[::ffff:a9fe:a9fe]"}) {
      String url = "http://" + host + "/hook";
      assertTrue(refused(url, true).startsWith("webhook URLs must not point to localhost"), url);
    }
  }

  @Test
  void acceptsPublicAddressesWrappedInIpv6() {
    // public IPv4 addresses behind NAT64 and 6to4 are fine; validate throws for refused ones
    assertTrue(secure("https://[64:ff9b::93.184.216.34]/hook").getHost().startsWith("["));
    assertTrue(secure("https://[2002:5db8:d822::1]/hook").getHost().startsWith("["));
  }

  @Test
  void acceptsNamesThatOnlyLookNumeric() {
    assertEquals(URI.create("https://123abc.example/"), secure("https://123abc.example/"));
    assertEquals(URI.create("https://0x.example/"), secure("https://0x.example/"));
  }

  @Test
  void refusesIpv4ShorthandRatherThanGuessing() {
    // Many clients read these as 127.0.0.1.
    String[] hosts = {
      "2130706433", "127.1", "0177.0.0.1", "127.000.0.1", "1.2.3.4.5", "256.0.0.1", "0x7f000001", "0x7f.1", "a.0x7f"
    };
    for (String host : hosts) {
      String url = "https://" + host + "/hook";
      assertTrue(refused(url, false).contains("host"), url);
    }
  }
}
