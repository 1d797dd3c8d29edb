package dev.frontdesk.accounts;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The weekly opening hours of a customer-service account, in wall-clock time of an IANA time zone. This is also the
 * JSON the REST API carries, hence plain strings: {@code {"timeZone": "Europe/Berlin", "days": [{"day": "MON",
 * "ranges": [{"from": "09:00", "to": "18:00"}]}]}}.
 *
 * <p><b>Always open:</b> a null {@code BusinessHours}, or a null or empty {@code days} list, means the account never
 * closes; callers holding a possibly-null value should treat null that way. Once {@code days} lists anything, days
 * not listed (or listed with no ranges) are closed.
 *
 * <p>Ranges stay within their day ({@code "24:00"} ends at midnight); a night shift is two ranges on two days. A range
 * opens the first moment the local clock reaches {@code from} and closes the first moment it reaches {@code to}. So
 * a range starting in an hour skipped by daylight saving opens when the clock jumps, and a time repeated when clocks
 * go back is open only once.
 */
public record BusinessHours(String timeZone, List<Day> days) {

  /** One weekday ({@code "MON"} to {@code "SUN"}) and its opening ranges. */
  public record Day(String day, List<Range> ranges) {
    public Day {
      ranges = copy(ranges);
    }
  }

  /** {@code from} and {@code to} as {@code HH:mm}; {@code to} may be {@code "24:00"}, the end of the day. */
  public record Range(String from, String to) {}

  private static final String PATH = "businessHours";
  private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");
  private static final int END_OF_DAY = 24 * 60;

  public BusinessHours {
    days = copy(days);
  }

  /** Throws IllegalArgumentException whose message starts with the path of the bad field. */
  public void validate() {
    schedule();
  }

  /** Whether the account is open at {@code at}. Invalid hours throw, as {@link #validate()} does. */
  public boolean isOpen(Instant at) {
    return schedule().isOpen(at);
  }

  /** {@code after} itself when open then, else the next moment it opens; empty when it never opens. */
  public Optional<Instant> nextOpening(Instant after) {
    return schedule().nextOpening(after);
  }

  // Parsed afresh on every call: records cannot cache it, and a week of ranges is cheap to read.
  private WeeklySchedule schedule() {
    if (days == null || days.isEmpty()) {
      if (timeZone != null) {
        zone();
      }
      return WeeklySchedule.ALWAYS_OPEN;
    }
    ZoneId zone = zone();
    Map<DayOfWeek, List<WeeklySchedule.Window>> week = new EnumMap<>(DayOfWeek.class);
    for (int i = 0; i < days.size(); i++) {
      String path = PATH + ".days[" + i + "]";
      Day day = days.get(i);
      if (day == null) {
        throw invalid(path, "must not be null");
      }
      DayOfWeek dayOfWeek = dayOfWeek(path + ".day", day.day());
      if (week.containsKey(dayOfWeek)) {
        throw invalid(path + ".day", "duplicate day " + day.day());
      }
      week.put(dayOfWeek, windows(path, day.ranges()));
    }
    return new WeeklySchedule(zone, week);
  }

  private ZoneId zone() {
    String path = PATH + ".timeZone";
    if (timeZone == null || timeZone.isBlank()) {
      throw invalid(path, "is required");
    }
    // Region ids only: a fixed offset like "+01:00" would silently ignore daylight saving.
    if (!ZoneId.getAvailableZoneIds().contains(timeZone)) {
      throw invalid(path, "unknown time zone '" + timeZone + "' (use an IANA name like Europe/Berlin)");
    }
    return ZoneId.of(timeZone);
  }

  private static DayOfWeek dayOfWeek(String path, String day) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().substring(0, 3).equals(day)) {
        return d;
      }
    }
    throw invalid(path, "must be one of MON, TUE, WED, THU, FRI, SAT, SUN");
  }

  private static List<WeeklySchedule.Window> windows(String dayPath, List<Range> ranges) {
    if (ranges == null) {
      throw invalid(dayPath + ".ranges", "is required (an empty list means closed all day)");
    }
    List<WeeklySchedule.Window> windows = new ArrayList<>();
    for (int j = 0; j < ranges.size(); j++) {
      String path = dayPath + ".ranges[" + j + "]";
      Range range = ranges.get(j);
      if (range == null) {
        throw invalid(path, "must not be null");
      }
      int from = minutes(path + ".from", range.from(), false);
      int to = minutes(path + ".to", range.to(), true);
      if (to <= from) {
        throw invalid(path + ".to", "must be after from (" + range.from() + ")");
      }
      windows.add(new WeeklySchedule.Window(j, from, to));
    }
    windows.sort(Comparator.comparingInt(WeeklySchedule.Window::from));
    for (int k = 1; k < windows.size(); k++) {
      WeeklySchedule.Window before = windows.get(k - 1);
      WeeklySchedule.Window window = windows.get(k);
      if (window.from() < before.to()) {
        Range other = ranges.get(before.index());
        throw invalid(
            dayPath + ".ranges[" + window.index() + "]",
            "overlaps ranges[" + before.index() + "] (" + other.from() + "-" + other.to() + ")");
      }
    }
    return windows;
  }

  private static int minutes(String path, String time, boolean endOfDayAllowed) {
    if (time == null) {
      throw invalid(path, "is required");
    }
    if (endOfDayAllowed && time.equals("24:00")) {
      return END_OF_DAY;
    }
    if (!TIME.matcher(time).matches()) {
      String example = endOfDayAllowed ? "18:00 or 24:00" : "09:00";
      throw invalid(path, "must be a time like " + example + ", not '" + time + "'");
    }
    return Integer.parseInt(time.substring(0, 2)) * 60 + Integer.parseInt(time.substring(3));
  }

  private static IllegalArgumentException invalid(String path, String problem) {
    return new IllegalArgumentException(path + ": " + problem);
  }

  // Unmodifiable, but unlike List.copyOf it keeps nulls, so validate() can name them instead of a constructor NPE.
  private static <T> List<T> copy(List<T> list) {
    return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
  }
}
