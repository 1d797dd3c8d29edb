package dev.frontdesk.accounts;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Validated {@link BusinessHours}, turned into instants. Each range on a given date becomes the interval from the
 * first moment the local clock reaches {@code from} to the first moment it reaches {@code to}; a range that daylight
 * saving skips entirely is an empty interval, so closed that day.
 */
final class WeeklySchedule {

  /** A range in minutes of the day, {@code to} up to 1440 (midnight at the end); index is its place in the input. */
  record Window(int index, int from, int to) {}

  static final WeeklySchedule ALWAYS_OPEN = new WeeklySchedule(null, Map.of());

  // Every weekday comes round twice in this many days, so one whose ranges a DST change swallowed gets another go.
  private static final int SEARCH_DAYS = 15;

  private final ZoneId zone;
  private final Map<DayOfWeek, List<Window>> week;

  /** {@code week}'s windows sorted by {@code from} and not overlapping; a null zone means always open. */
  WeeklySchedule(ZoneId zone, Map<DayOfWeek, List<Window>> week) {
    this.zone = zone;
    this.week = week;
  }

  boolean isOpen(Instant at) {
    if (zone == null) {
      return true;
    }
    LocalDate date = LocalDate.ofInstant(at, zone);
    // Neighbouring dates too: around a DST change at midnight an instant can belong to the previous date's range.
    for (LocalDate d = date.minusDays(1); !d.isAfter(date.plusDays(1)); d = d.plusDays(1)) {
      for (Window w : windowsOn(d)) {
        if (!at.isBefore(start(d, w.from())) && at.isBefore(start(d, w.to()))) {
          return true;
        }
      }
    }
    return false;
  }

  Optional<Instant> nextOpening(Instant after) {
    if (isOpen(after)) {
      return Optional.of(after);
    }
    LocalDate date = LocalDate.ofInstant(after, zone);
    // Dates ascending and windows sorted, so the first later opening found is the earliest.
    for (LocalDate d = date.minusDays(1); !d.isAfter(date.plusDays(SEARCH_DAYS)); d = d.plusDays(1)) {
      for (Window w : windowsOn(d)) {
        Instant opens = start(d, w.from());
        if (opens.isAfter(after) && opens.isBefore(start(d, w.to()))) {
          return Optional.of(opens);
        }
      }
    }
    return Optional.empty();
  }

  private List<Window> windowsOn(LocalDate date) {
    return week.getOrDefault(date.getDayOfWeek(), List.of());
  }

  /** The first moment the local clock on {@code date} reads {@code minutes} past midnight (1440: the next midnight). */
  private Instant start(LocalDate date, int minutes) {
    if (minutes == 24 * 60) {
      return start(date.plusDays(1), 0);
    }
    LocalDateTime local = date.atTime(minutes / 60, minutes % 60);
    ZoneOffsetTransition transition = zone.getRules().getTransition(local);
    if (transition != null && transition.isGap()) {
      // The clock jumps over this time; the first moment past it is the jump itself.
      return transition.getInstant();
    }
    // In an overlap atZone picks the earlier offset, i.e. the first time the clock reads it.
    return local.atZone(zone).toInstant();
  }
}
