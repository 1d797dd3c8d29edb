package dev.frontdesk.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.frontdesk.accounts.BusinessHours.Day;
import dev.frontdesk.accounts.BusinessHours.Range;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BusinessHoursTest {

  private static Range range(String from, String to) {
    return new Range(from, to);
  }

  private static Day day(String day, Range... ranges) {
    return new Day(day, List.of(ranges));
  }

  private static BusinessHours hours(String zone, Day... days) {
    return new BusinessHours(zone, Arrays.asList(days));
  }

  /** Mon-Fri 09:00-18:00 with a lunch break, Saturday morning. */
  private static BusinessHours office(String zone) {
    Range[] weekday = {range("09:00", "12:30"), range("13:30", "18:00")};
    return hours(
        zone,
        day("MON", weekday),
        day("TUE", weekday),
        day("WED", weekday),
        day("THU", weekday),
        day("FRI", weekday),
        day("SAT", range("10:00", "14:00")));
  }

  private static Instant at(String utc) {
    return Instant.parse(utc);
  }

  private static String invalid(BusinessHours hours) {
    return assertThrows(IllegalArgumentException.class, hours::validate).getMessage();
  }

  @Test
  void openOnWeekdaysClosedOnSunday() {
    BusinessHours berlin = office("Europe/Berlin"); // UTC+1 in January
    assertTrue(berlin.isOpen(at("2024-01-15T08:00:00Z")), "Monday 09:00");
    assertFalse(berlin.isOpen(at("2024-01-15T07:59:59Z")), "Monday 08:59:59");
    assertFalse(berlin.isOpen(at("2024-01-15T11:45:00Z")), "lunch");
    assertTrue(berlin.isOpen(at("2024-01-15T16:59:59Z")), "Monday 17:59:59");
    assertFalse(berlin.isOpen(at("2024-01-15T17:00:00Z")), "Monday 18:00, end is exclusive");
    assertTrue(berlin.isOpen(at("2024-01-20T12:00:00Z")), "Saturday 13:00");
    assertFalse(berlin.isOpen(at("2024-01-21T10:00:00Z")), "Sunday");
  }

  @Test
  void twentyFourHundredIsTheEndOfTheDay() {
    BusinessHours late =
        hours("Europe/Berlin", day("FRI", range("20:00", "24:00")), day("SAT", range("00:00", "02:00")));
    late.validate();
    assertTrue(late.isOpen(at("2024-01-19T22:59:59Z")), "Friday 23:59:59");
    assertTrue(late.isOpen(at("2024-01-19T23:00:00Z")), "Saturday 00:00, the night shift continues");
    assertFalse(late.isOpen(at("2024-01-20T01:00:00Z")), "Saturday 02:00");
    BusinessHours allDay = hours("Europe/Berlin", day("SUN", range("00:00", "24:00")));
    assertTrue(allDay.isOpen(at("2024-01-21T22:59:59Z")));
    assertFalse(allDay.isOpen(at("2024-01-21T23:00:00Z")), "Monday 00:00");
  }

  @Test
  void shanghaiIsEightHoursAhead() {
    BusinessHours shanghai = office("Asia/Shanghai");
    assertTrue(shanghai.isOpen(at("2024-07-15T01:00:00Z")), "Monday 09:00");
    assertFalse(shanghai.isOpen(at("2024-07-15T00:59:00Z")));
    assertFalse(shanghai.isOpen(at("2024-07-15T10:00:00Z")), "Monday 18:00");
    assertEquals(Optional.of(at("2024-07-15T01:00:00Z")), shanghai.nextOpening(at("2024-07-14T12:00:00Z")));
  }

  @Test
  void nextOpeningSkipsTheWeekend() {
    BusinessHours berlin = office("Europe/Berlin");
    Instant saturdayEvening = at("2024-01-20T17:00:00Z");
    assertEquals(Optional.of(at("2024-01-22T08:00:00Z")), berlin.nextOpening(saturdayEvening), "Monday 09:00");
    assertEquals(Optional.of(at("2024-01-15T12:30:00Z")), berlin.nextOpening(at("2024-01-15T11:45:00Z")), "lunch");
    Instant open = at("2024-01-15T10:00:00Z");
    assertEquals(Optional.of(open), berlin.nextOpening(open), "already open");
  }

  @Test
  void springForwardInBerlin() {
    // 2024-03-31 (a Sunday): 02:00 CET jumps to 03:00 CEST, 01:00 UTC.
    BusinessHours startsInGap = hours("Europe/Berlin", day("SUN", range("02:30", "04:00"), range("09:00", "10:00")));
    Instant saturday = at("2024-03-30T12:00:00Z");
    assertEquals(Optional.of(at("2024-03-31T01:00:00Z")), startsInGap.nextOpening(saturday), "when the clock jumps");
    assertFalse(startsInGap.isOpen(at("2024-03-31T00:59:59Z")), "01:59:59 CET");
    assertTrue(startsInGap.isOpen(at("2024-03-31T01:00:00Z")), "03:00 CEST");
    assertFalse(startsInGap.isOpen(at("2024-03-31T02:00:00Z")), "04:00 CEST");
    assertTrue(startsInGap.isOpen(at("2024-03-31T07:00:00Z")), "09:00 is now UTC+2");
    assertFalse(startsInGap.isOpen(at("2024-03-31T08:00:00Z")));

    // A range the jump skips entirely is closed that day; the next Sunday it is back.
    BusinessHours insideGap = hours("Europe/Berlin", day("SUN", range("02:00", "02:45")));
    assertFalse(insideGap.isOpen(at("2024-03-31T01:00:00Z")));
    assertEquals(Optional.of(at("2024-04-07T00:00:00Z")), insideGap.nextOpening(saturday));
  }

  @Test
  void fallBackInBerlinOpensTheRepeatedTimeOnlyOnce() {
    // 2024-10-27: 03:00 CEST goes back to 02:00 CET, 01:00 UTC; 02:00-03:00 happens twice.
    BusinessHours night = hours("Europe/Berlin", day("SUN", range("01:00", "02:30")));
    assertTrue(night.isOpen(at("2024-10-26T23:00:00Z")), "01:00 CEST");
    assertTrue(night.isOpen(at("2024-10-27T00:29:59Z")), "02:29:59 CEST");
    assertFalse(night.isOpen(at("2024-10-27T00:30:00Z")), "02:30 CEST, the first time");
    assertFalse(night.isOpen(at("2024-10-27T01:15:00Z")), "02:15 CET, the repeat");
  }

  @Test
  void alwaysOpenWithoutDays() {
    Instant now = at("2024-01-21T03:00:00Z");
    for (BusinessHours always : List.of(new BusinessHours("Europe/Berlin", List.of()), new BusinessHours(null, null))) {
      always.validate();
      assertTrue(always.isOpen(now));
      assertEquals(Optional.of(now), always.nextOpening(now));
    }
  }

  @Test
  void neverOpenWhenNoDayHasRanges() {
    BusinessHours closed = hours("UTC", day("MON"));
    assertFalse(closed.isOpen(at("2024-01-15T10:00:00Z")));
    assertEquals(Optional.empty(), closed.nextOpening(at("2024-01-15T10:00:00Z")));
  }

  @Test
  void validationNamesTheBadField() {
    assertEquals(
        "businessHours.days[1].ranges[0].to: must be after from (09:00)",
        invalid(hours("UTC", day("MON"), day("TUE", range("09:00", "09:00")))));
    assertEquals(
        "businessHours.timeZone: unknown time zone 'Mars/Olympus' (use an IANA name like Europe/Berlin)",
        invalid(hours("Mars/Olympus", day("MON"))));
    assertTrue(invalid(hours("+08:00", day("MON"))).startsWith("businessHours.timeZone: unknown time zone"));
    assertTrue(invalid(new BusinessHours("Nowhere", List.of())).startsWith("businessHours.timeZone:"));
    assertEquals("businessHours.timeZone: is required", invalid(hours(null, day("MON"))));
    assertEquals(
        "businessHours.days[2].day: duplicate day MON", invalid(hours("UTC", day("MON"), day("TUE"), day("MON"))));
    assertEquals(
        "businessHours.days[0].day: must be one of MON, TUE, WED, THU, FRI, SAT, SUN",
        invalid(hours("UTC", day("Monday"))));
    assertEquals(
        "businessHours.days[0].ranges[0]: overlaps ranges[1] (09:00-13:30)",
        invalid(hours("UTC", day("MON", range("13:00", "18:00"), range("09:00", "13:30")))));
    hours("UTC", day("MON", range("13:00", "18:00"), range("09:00", "13:00"))).validate(); // touching is fine
    assertEquals("businessHours.days[0]: must not be null", invalid(hours("UTC", (Day) null)));
    assertEquals(
        "businessHours.days[0].ranges: is required (an empty list means closed all day)",
        invalid(hours("UTC", new Day("MON", null))));
  }

  @Test
  void validationRejectsBadTimes() {
    assertEquals(
        "businessHours.days[0].ranges[0].from: must be a time like 09:00, not '9:00'",
        invalid(hours("UTC", day("MON", range("9:00", "18:00")))));
    assertEquals(
        "businessHours.days[0].ranges[0].from: must be a time like 09:00, not '24:00'",
        invalid(hours("UTC", day("MON", range("24:00", "24:00")))));
    assertEquals(
        "businessHours.days[0].ranges[1].to: must be a time like 18:00 or 24:00, not '12:60'",
        invalid(hours("UTC", day("MON", range("08:00", "09:00"), range("10:00", "12:60")))));
    assertEquals(
        "businessHours.days[0].ranges[0].to: is required", invalid(hours("UTC", day("MON", range("08:00", null)))));
    assertTrue(invalid(hours("UTC", day("MON", range("08:00", "25:00")))).contains("not '25:00'"));
  }

  @Test
  void listsAreCopiedAndUnmodifiable() {
    List<Range> ranges = new ArrayList<>(List.of(range("09:00", "10:00")));
    Day monday = new Day("MON", ranges);
    ranges.clear();
    assertEquals(1, monday.ranges().size());
    assertThrows(UnsupportedOperationException.class, () -> monday.ranges().add(range("11:00", "12:00")));
  }
}
