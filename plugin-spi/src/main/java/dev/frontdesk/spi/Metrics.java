package dev.frontdesk.spi;

/** Counters and timings the platform exposes with its own metrics, named {@code plugin.<id>.<name>}. */
public interface Metrics {

  void increment(String name, long by);

  default void increment(String name) {
    increment(name, 1);
  }

  /** Records one observation (a duration in milliseconds, a size). */
  void record(String name, long value);
}
