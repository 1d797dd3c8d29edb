package dev.frontdesk.attachments;

import java.util.Locale;

/** Byte counts as people read them in error messages. */
final class Sizes {

  static final long MIB = 1024L * 1024;

  private Sizes() {}

  /** "10 MiB" for whole mebibytes, else one decimal, rounded up so an over-limit size never reads as the limit. */
  static String mib(long bytes) {
    if (bytes % MIB == 0) {
      return bytes / MIB + " MiB";
    }
    double tenths = Math.ceil(bytes * 10.0 / MIB) / 10;
    return String.format(Locale.ROOT, "%.1f MiB", tenths);
  }
}
