package dev.frontdesk.billing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Mid-period changes, prorated to the second. Every prorated amount is
 * {@code price × secondsRemaining / periodSeconds}, formed exactly and rounded half-even once, per line (the credit
 * and the charge are rounded separately, so their net can differ from a single rounded difference by 1 minor unit).
 *
 * <p>Policy, following common SaaS practice: changes that cost the tenant more (upgrade, more seats, monthly →
 * yearly) take effect immediately and are charged now; changes that cost less (downgrade, fewer seats,
 * yearly → monthly) take effect at the end of the paid period with no refund, since that period is already paid
 * and the tenant keeps what it paid for until then. "Price" here is whatever recurring amount the change
 * replaces (for a plan change typically base fee plus extra seats).
 */
public final class Proration {

  private Proration() {
  }

  /** One prorated line; a credit is negative, a charge positive. */
  public record Line(LineKind kind, String description, Money amount) {
    public Line {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(amount, "amount");
      if (kind == LineKind.PRORATION_CREDIT && amount.isPositive()
          || kind == LineKind.PRORATION_CHARGE && amount.isNegative()) {
        throw new IllegalArgumentException(kind + " with amount " + amount.format());
      }
    }
  }

  /**
   * What a change would do, shown to the tenant before confirming. {@code net} is due now when positive; when
   * negative it is a credit for the next invoice. If {@code restartsPeriod} is set, the subscription's new anchor
   * is {@code effectiveAt} (the monthly → yearly switch starts a fresh yearly period).
   */
  public record Preview(List<Line> lines, Money net, Instant effectiveAt, boolean restartsPeriod) {
    public Preview {
      lines = List.copyOf(lines);
      Money sum = Money.zero(net.currency());
      for (Line line : lines) {
        sum = sum.plus(line.amount());
      }
      if (!sum.equals(net)) {
        throw new IllegalArgumentException("Net " + net + " is not the sum of the lines " + sum);
      }
      Objects.requireNonNull(effectiveAt, "effectiveAt");
    }

    static Preview now(String currency, Instant at, boolean restartsPeriod, Line... lines) {
      Money net = Money.zero(currency);
      for (Line line : lines) {
        net = net.plus(line.amount());
      }
      return new Preview(List.of(lines), net, at, restartsPeriod);
    }

    static Preview atPeriodEnd(String currency, Period period) {
      return new Preview(List.of(), Money.zero(currency), period.end(), false);
    }
  }

  /** {@code price × secondsRemaining(at) / periodSeconds}, half-even: the value of the rest of the period. */
  public static Money remainingShare(Money price, Period period, Instant at) {
    return price.fraction(period.secondsRemaining(at), period.seconds());
  }

  /** Moves to a pricier plan now: credit for the rest of the old price, charge for the rest of the new one. */
  public static Preview upgrade(Money oldPrice, Money newPrice, Period period, Instant at) {
    requireSameCurrency(oldPrice, newPrice);
    String rest = restOf(period, at);
    return Preview.now(oldPrice.currency(), at, false,
        new Line(LineKind.PRORATION_CREDIT, "Unused time on previous plan" + rest,
            remainingShare(oldPrice, period, at).negate()),
        new Line(LineKind.PRORATION_CHARGE, "Remaining time on new plan" + rest,
            remainingShare(newPrice, period, at)));
  }

  /** A cheaper plan starts at the end of the paid period; nothing is charged or refunded. */
  public static Preview downgrade(Money oldPrice, Period period) {
    return Preview.atPeriodEnd(oldPrice.currency(), period);
  }

  /**
   * Changes the number of seats. Only seats beyond the plan's included ones are billed, so the billable delta is
   * {@code max(0, after − included) − max(0, before − included)}. More billable seats: charge
   * {@code delta × seatPrice} prorated (rounded once on the product, not per seat). Fewer: effective at period end,
   * no credit.
   */
  public static Preview changeSeats(Money extraSeatPrice, int includedSeats, int seatsBefore, int seatsAfter,
                   Period period, Instant at) {
    if (includedSeats < 0 || seatsBefore < 0 || seatsAfter < 0) {
      throw new IllegalArgumentException("Seat counts must not be negative");
    }
    if (seatsAfter < seatsBefore) {
      return Preview.atPeriodEnd(extraSeatPrice.currency(), period);
    }
    long delta = billable(seatsAfter, includedSeats) - billable(seatsBefore, includedSeats);
    if (delta == 0) {
      return Preview.now(extraSeatPrice.currency(), at, false); // still within the included seats
    }
    return Preview.now(extraSeatPrice.currency(), at, false, new Line(LineKind.PRORATION_CHARGE,
        delta + " additional seat(s)" + restOf(period, at),
        remainingShare(extraSeatPrice.times(delta), period, at)));
  }

  /**
   * Monthly → yearly: a fresh yearly period starts now (anchor = {@code at}); the unused part of the monthly
   * period is credited against the full yearly price.
   */
  public static Preview switchToYearly(Money monthlyPrice, Period monthlyPeriod, Money yearlyPrice, Instant at) {
    requireSameCurrency(monthlyPrice, yearlyPrice);
    return Preview.now(monthlyPrice.currency(), at, true,
        new Line(LineKind.PRORATION_CREDIT, "Unused time on monthly billing" + restOf(monthlyPeriod, at),
            remainingShare(monthlyPrice, monthlyPeriod, at).negate()),
        new Line(LineKind.PRORATION_CHARGE, "Yearly billing from " + at, yearlyPrice));
  }

  /** Yearly → monthly: the paid year runs out first; monthly billing starts at its end. */
  public static Preview switchToMonthly(Money yearlyPrice, Period yearlyPeriod) {
    return Preview.atPeriodEnd(yearlyPrice.currency(), yearlyPeriod);
  }

  private static long billable(int seats, int included) {
    return Math.max(0, seats - included);
  }

  private static String restOf(Period period, Instant at) {
    return " (" + at + " – " + period.end() + ")";
  }

  private static void requireSameCurrency(Money a, Money b) {
    a.compareTo(b); // throws on a mismatch
  }
}
