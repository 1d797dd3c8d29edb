package dev.frontdesk.plugins;

/** Orders plugin versions numerically part by part ({@code 1.10.0} after {@code 1.9.2}); suffixes order last. */
final class Versions {

  private Versions() {}

  static int compare(String a, String b) {
    String[] x = a.split("[-+]", 2)[0].split("\\.");
    String[] y = b.split("[-+]", 2)[0].split("\\.");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      long p = i < x.length ? parse(x[i]) : 0;
      long q = i < y.length ? parse(y[i]) : 0;
      if (p != q) {
        return Long.compare(p, q);
      }
    }
    return a.compareTo(b);
  }

  private static long parse(String part) {
    try {
      return Long.parseLong(part);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
