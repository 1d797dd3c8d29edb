package dev.frontdesk.billing;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A billing period, half-open {@code [start, end)}: the instant {@code end} already belongs to the next one. */
public record Period(Instant start, Instant end) {

  public Period {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("Period must end after it starts: " + start + " .. " + end);
    }
  }

  /** Whole seconds, the unit proration is measured in; periods built by {@link Periods} are whole seconds long. */
  public long seconds() {
    return Duration.between(start, end).getSeconds();
  }

  public boolean contains(Instant instant) {
    return !instant.isBefore(start) && instant.isBefore(end);
  }

  /** Seconds from {@code at} to the end, counting whole seconds only (a started second is not billed). */
  public long secondsRemaining(Instant at) {
    if (!contains(at)) {
      throw new IllegalArgumentException(at + " is outside " + this);
    }
    return Duration.between(at, end).getSeconds();
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
