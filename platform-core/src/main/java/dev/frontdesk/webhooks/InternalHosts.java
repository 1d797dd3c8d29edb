package dev.frontdesk.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Recognizes hosts, written literally in a URL, that point inside our own network. Never does a DNS lookup: names
 * are judged by their text, and IP literals are parsed without resolving.
 */
final class InternalHosts {

  // URL parsers (WHATWG, curl) read a host whose last label is a number, decimal or 0x hex, as an IPv4 address.
  private static final Pattern NUMERIC_LAST_LABEL = Pattern.compile("(.*\\.)?(0x[0-9a-f]*|[0-9]+)");
  // 0-255 without leading zeros, which some clients would read as octal.
  private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
  private static final Pattern DOTTED_QUAD = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");

  private InternalHosts() {}

  /**
   * Throws when {@code host} (lower case, as java.net.URI returns it) must not receive webhooks.
   *
   * @param allowLoopback let localhost and loopback addresses through (local development and tests), but still
   *     no private, link-local or other internal address
   */
  static void check(String host, boolean allowLoopback) {
    String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    if (name.equals("localhost") || name.endsWith(".localhost")) {
      if (allowLoopback) {
        return;
      }
      throw refused(host);
    }
    InetAddress address = literal(name);
    if (address != null && isRefused(address, allowLoopback)) {
      throw refused(host);
    }
  }

  /** Whether a resolved address must not receive webhooks; the delivery client asks this of every address. */
  static boolean isRefused(InetAddress address, boolean allowLoopback) {
    return isInternal(address) && !(allowLoopback && address.isLoopbackAddress());
  }

  /** The address when {@code host} is an IP literal, else null. */
  private static InetAddress literal(String host) {
    try {
      if (host.startsWith("[")) {
        // Java never resolves a bracketed name: it is an IPv6 literal or an error.
        return InetAddress.getByName(host);
      }
      if (NUMERIC_LAST_LABEL.matcher(host).matches()) {
        // Shorthand like "2130706433", "0x7f000001" or "0177.0.0.1" means 127.0.0.1 to some clients, so anything
        // but a plain dotted quad is refused rather than guessed at.
        if (!DOTTED_QUAD.matcher(host).matches()) {
          throw new IllegalArgumentException("webhook URL host '" + host + "' is not a valid IP address");
        }
        String[] parts = host.split("\\.");
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
          bytes[i] = (byte) Integer.parseInt(parts[i]);
        }
        return InetAddress.getByAddress(bytes);
      }
      return null;
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("webhook URL host '" + host + "' is not a valid IP address");
    }
  }

  static boolean isInternal(InetAddress address) {
    if (address.isAnyLocalAddress()
        || address.isLoopbackAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return true;
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      return first == 0 // "this network"
          || (first == 100 && second >= 64 && second < 128) // carrier-grade NAT, private in practice
          || first >= 240; // reserved and broadcast
    }
    Inet6Address v6 = (Inet6Address) address;
    if ((b[0] & 0xfe) == 0xfc) {
      return true; // unique local fc00::/7, IPv6's private range
    }
    if (v6.isIPv4CompatibleAddress() || isNat64(b)) {
      // ::a.b.c.d and 64:ff9b::a.b.c.d carry an IPv4 address (NAT64 gateways reach it); judge that one.
      return isInternal(v4(b[12], b[13], b[14], b[15]));
    }
    if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
      return isInternal(v4(b[2], b[3], b[4], b[5])); // 6to4 2002:a.b.c.d::/48 wraps an IPv4 address
    }
    return false;
  }

  /** The well-known NAT64 prefix 64:ff9b::/96. */
  private static boolean isNat64(byte[] b) {
    if (b[0] != 0 || b[1] != 0x64 || (b[2] & 0xff) != 0xff || (b[3] & 0xff) != 0x9b) {
      return false;
    }
    for (int i = 4; i < 12; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private static InetAddress v4(byte a, byte b, byte c, byte d) {
    try {
      return InetAddress.getByAddress(new byte[] {a, b, c, d});
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  private static IllegalArgumentException refused(String host) {
    return new IllegalArgumentException(
        "webhook URLs must not point to localhost or a private, loopback or link-local address (" + host + ")");
  }
}
