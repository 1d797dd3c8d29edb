package dev.frontdesk.billing;

import static dev.frontdesk.billing.BillingCycle.MONTHLY;
import static dev.frontdesk.billing.BillingCycle.YEARLY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PeriodsTest {

  private static final long DAY = 86_400;

  private static Instant t(String iso) {
    return Instant.parse(iso);
  }

  private static Period p(String start, String end) {
    return new Period(t(start), t(end));
  }

  @Test
  void monthLengths() {
    Instant march = t("2024-03-01T00:00:00Z");
    assertEquals(31 * DAY, Periods.lengthSeconds(march, MONTHLY, march));
    Instant feb2023 = t("2023-02-01T00:00:00Z");
    assertEquals(28 * DAY, Periods.lengthSeconds(feb2023, MONTHLY, feb2023));
    Instant feb2024 = t("2024-02-01T00:00:00Z");
    assertEquals(29 * DAY, Periods.lengthSeconds(feb2024, MONTHLY, feb2024));
    Instant april = t("2024-04-01T00:00:00Z");
    assertEquals(30 * DAY, Periods.lengthSeconds(april, MONTHLY, april));
  }

  @Test
  void monthEndAnchorClampsButKeepsItsDay() {
    Instant jan31 = t("2024-01-31T00:00:00Z");
    assertEquals(p("2024-01-31T00:00:00Z", "2024-02-29T00:00:00Z"),
        Periods.containing(jan31, MONTHLY, t("2024-02-15T00:00:00Z")));
    Period fromLeapDay = Periods.containing(jan31, MONTHLY, t("2024-03-01T00:00:00Z"));
    assertEquals(p("2024-02-29T00:00:00Z", "2024-03-31T00:00:00Z"), fromLeapDay);
    assertEquals(31 * DAY, fromLeapDay.seconds());
    assertEquals(p("2024-03-31T00:00:00Z", "2024-04-30T00:00:00Z"), Periods.next(jan31, MONTHLY, fromLeapDay));
    assertEquals(p("2024-04-30T00:00:00Z", "2024-05-31T00:00:00Z"),
        Periods.containing(jan31, MONTHLY, t("2024-05-01T00:00:00Z")));

    Instant jan31of2023 = t("2023-01-31T00:00:00Z");
    Period first = Periods.containing(jan31of2023, MONTHLY, jan31of2023);
    assertEquals(p("2023-01-31T00:00:00Z", "2023-02-28T00:00:00Z"), first);
    assertEquals(28 * DAY, first.seconds());
    assertEquals(p("2023-02-28T00:00:00Z", "2023-03-31T00:00:00Z"), Periods.next(jan31of2023, MONTHLY, first));
  }

  @Test
  void leapDayYearlyAnchorReturnsOnLeapYears() {
    Instant leapDay = t("2024-02-29T12:00:00Z");
    Period first = Periods.containing(leapDay, YEARLY, leapDay);
    assertEquals(p("2024-02-29T12:00:00Z", "2025-02-28T12:00:00Z"), first);
    assertEquals(365 * DAY, first.seconds());
    assertEquals(p("2027-02-28T12:00:00Z", "2028-02-29T12:00:00Z"),
        Periods.containing(leapDay, YEARLY, t("2028-01-01T00:00:00Z")));
    assertEquals(366 * DAY, Periods.lengthSeconds(leapDay, YEARLY, t("2028-01-01T00:00:00Z")));
    assertEquals(p("2028-02-29T12:00:00Z", "2029-02-28T12:00:00Z"),
        Periods.containing(leapDay, YEARLY, t("2028-02-29T12:00:00Z")));
  }

  @Test
  void monthlyPeriodsContainingFebruary29() {
    Instant anchor = t("2024-01-29T00:00:00Z");
    Period feb = Periods.containing(anchor, MONTHLY, t("2024-02-29T23:00:00Z"));
    assertEquals(p("2024-01-29T00:00:00Z", "2024-02-29T00:00:00Z"),
        Periods.containing(anchor, MONTHLY, t("2024-02-28T23:59:59Z")));
    assertEquals(p("2024-02-29T00:00:00Z", "2024-03-29T00:00:00Z"), feb);
    assertEquals(29 * DAY, feb.seconds());
  }

  @Test
  void lastSecondBelongsToThePeriodAndTheEndToTheNext() {
    Instant anchor = t("2024-01-01T00:00:00Z");
    Period january = p("2024-01-01T00:00:00Z", "2024-02-01T00:00:00Z");
    assertEquals(january, Periods.containing(anchor, MONTHLY, t("2024-01-31T23:59:59Z")));
    assertEquals(january, Periods.containing(anchor, MONTHLY, t("2024-01-31T23:59:59.999999999Z")));
    assertEquals(p("2024-02-01T00:00:00Z", "2024-03-01T00:00:00Z"),
        Periods.containing(anchor, MONTHLY, t("2024-02-01T00:00:00Z")));
    assertEquals(january, Periods.containing(anchor, MONTHLY, anchor));
  }

  @Test
  void keepsTheAnchorsTimeOfDay() {
    Instant anchor = t("2024-01-15T09:30:00Z");
    assertEquals(p("2024-02-15T09:30:00Z", "2024-03-15T09:30:00Z"),
        Periods.containing(anchor, MONTHLY, t("2024-03-15T09:29:59Z")));
    assertEquals(p("2030-05-15T09:30:00Z", "2030-06-15T09:30:00Z"),
        Periods.containing(anchor, MONTHLY, t("2030-06-01T00:00:00Z")));
  }

  @Test
  void farFromTheAnchor() {
    Instant anchor = t("2020-01-31T00:00:00Z");
    assertEquals(p("2030-05-31T00:00:00Z", "2030-06-30T00:00:00Z"),
        Periods.containing(anchor, MONTHLY, t("2030-06-15T00:00:00Z")));
    assertEquals(p("2030-01-31T00:00:00Z", "2031-01-31T00:00:00Z"),
        Periods.containing(anchor, YEARLY, t("2030-06-15T00:00:00Z")));
  }

  @Test
  void refusesInstantsBeforeTheAnchorAndForeignPeriods() {
    Instant anchor = t("2024-01-15T00:00:00Z");
    assertThrows(IllegalArgumentException.class,
        () -> Periods.containing(anchor, MONTHLY, t("2024-01-14T23:59:59Z")));
    assertThrows(IllegalArgumentException.class,
        () -> Periods.next(anchor, MONTHLY, p("2024-02-01T00:00:00Z", "2024-03-01T00:00:00Z")));
    assertThrows(IllegalArgumentException.class, () -> p("2024-02-01T00:00:00Z", "2024-02-01T00:00:00Z"));
  }
}
