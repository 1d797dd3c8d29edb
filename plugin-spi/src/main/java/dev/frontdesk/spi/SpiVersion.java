package dev.frontdesk.spi;

import java.util.Objects;

/**
 * A semantic version of the plugin SPI, and the range check the host applies to a plugin's declared
 * requirement. A plugin says which SPI versions it was built for (for example {@code "[1.0,2.0)"} or {@code
 * "1.0"} meaning "1.0 or any later 1.x"); the host refuses it when {@link #CURRENT} is outside that range.
 */
public record SpiVersion(int major, int minor, int patch) implements Comparable<SpiVersion> {

  /** The version of the SPI this jar implements. 1.1 added {@link PluginContext#platformConfig()}. */
  public static final SpiVersion CURRENT = new SpiVersion(1, 1, 0);

  public SpiVersion {
    if (major < 0 || minor < 0 || patch < 0) {
      throw new IllegalArgumentException("version parts must not be negative");
    }
  }

  /** Parses {@code MAJOR[.MINOR[.PATCH]]}. */
  public static SpiVersion parse(String text) {
    Objects.requireNonNull(text, "version");
    String[] parts = text.trim().split("\\.", -1);
    if (parts.length > 3 || parts[0].isEmpty()) {
      throw new IllegalArgumentException("not a version: '" + text + "'");
    }
    int[] numbers = new int[3];
    for (int i = 0; i < parts.length; i++) {
      try {
        numbers[i] = Integer.parseInt(parts[i]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a version: '" + text + "'", e);
      }
    }
    return new SpiVersion(numbers[0], numbers[1], numbers[2]);
  }

  /**
   * Whether this version satisfies a requirement. A bare version {@code "1.2"} means {@code [1.2, 2.0)}: the
   * same major, at least that minor (semver compatibility). An interval uses Maven's notation: {@code
   * "[1.0,2.0)"}, {@code "(1.0,]"}, with either bound optional.
   */
  public boolean satisfies(String requirement) {
    String r = Objects.requireNonNull(requirement, "requirement").trim();
    if (r.isEmpty()) {
      throw new IllegalArgumentException("empty version requirement");
    }
    char first = r.charAt(0);
    if (first != '[' && first != '(') {
      SpiVersion min = parse(r);
      return major == min.major && compareTo(min) >= 0;
    }
    char last = r.charAt(r.length() - 1);
    int comma = r.indexOf(',');
    if ((last != ']' && last != ')') || comma < 0) {
      throw new IllegalArgumentException("not a version range: '" + requirement + "'");
    }
    String low = r.substring(1, comma).trim();
    String high = r.substring(comma + 1, r.length() - 1).trim();
    if (!low.isEmpty()) {
      int c = compareTo(parse(low));
      if (c < 0 || (c == 0 && first == '(')) {
        return false;
      }
    }
    if (!high.isEmpty()) {
      int c = compareTo(parse(high));
      return c < 0 || (c == 0 && last == ']');
    }
    return true;
  }

  @Override
  public int compareTo(SpiVersion other) {
    int c = Integer.compare(major, other.major);
    if (c == 0) {
      c = Integer.compare(minor, other.minor);
    }
    return c != 0 ? c : Integer.compare(patch, other.patch);
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + patch;
  }
}
