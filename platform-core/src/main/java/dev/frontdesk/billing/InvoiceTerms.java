package dev.frontdesk.billing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one period's invoice depends on, frozen from the subscription's plan version and usage, so the
 * calculation is a pure function of it. Which period's usage and proration lines go in is the caller's choice
 * (typically: the fee for the coming period and the usage and changes of the one that just ended).
 *
 * @param overagePer100 price per started block of 100 conversations beyond the included ones; empty when the plan
 *                      allows no overage (the limit is then enforced at use time, and nothing is billed)
 * @param startingCredit credit balance carried from earlier invoices, zero or positive
 */
public record InvoiceTerms(String planName, Money basePrice, int includedSeats, int seats, Money extraSeatPrice,
              long conversationsUsed, long includedConversations, Optional<Money> overagePer100,
              List<Proration.Line> prorationLines, int taxRateBasisPoints, Money startingCredit) {

  public InvoiceTerms {
    Objects.requireNonNull(planName, "planName");
    Objects.requireNonNull(overagePer100, "overagePer100");
    prorationLines = List.copyOf(prorationLines);
    if (includedSeats < 0 || seats < 0 || conversationsUsed < 0 || includedConversations < 0) {
      throw new IllegalArgumentException("Counts must not be negative");
    }
    if (taxRateBasisPoints < 0 || taxRateBasisPoints > 10_000) {
      throw new IllegalArgumentException("Tax rate must be 0..10000 basis points: " + taxRateBasisPoints);
    }
    if (basePrice.isNegative() || extraSeatPrice.isNegative() || startingCredit.isNegative()
        || overagePer100.map(Money::isNegative).orElse(false)) {
      throw new IllegalArgumentException("Prices and the starting credit must not be negative");
    }
    String currency = basePrice.currency();
    List<Money> all = new ArrayList<>(List.of(extraSeatPrice, startingCredit));
    overagePer100.ifPresent(all::add);
    prorationLines.forEach(line -> all.add(line.amount()));
    for (Money money : all) {
      if (!money.currency().equals(currency)) {
        throw new Money.CurrencyMismatchException(basePrice, money);
      }
    }
  }

  public static Builder builder(String planName, Money basePrice) {
    return new Builder(planName, basePrice);
  }

  /** Most plans use only a few of these terms; the builder defaults the rest to "none". */
  public static final class Builder {
    private final String planName;
    private final Money basePrice;
    private int includedSeats;
    private int seats;
    private Money extraSeatPrice;
    private long conversationsUsed;
    private long includedConversations;
    private Money overagePer100;
    private final List<Proration.Line> prorationLines = new ArrayList<>();
    private int taxRateBasisPoints;
    private Money startingCredit;

    private Builder(String planName, Money basePrice) {
      this.planName = planName;
      this.basePrice = basePrice;
      this.extraSeatPrice = Money.zero(basePrice.currency());
      this.startingCredit = Money.zero(basePrice.currency());
    }

    public Builder seats(int included, int inUse, Money extraSeatPrice) {
      this.includedSeats = included;
      this.seats = inUse;
      this.extraSeatPrice = extraSeatPrice;
      return this;
    }

    /** {@code overagePer100} null means the plan allows no overage. */
    public Builder conversations(long used, long included, Money overagePer100) {
      this.conversationsUsed = used;
      this.includedConversations = included;
      this.overagePer100 = overagePer100;
      return this;
    }

    public Builder proration(List<Proration.Line> lines) {
      prorationLines.addAll(lines);
      return this;
    }

    public Builder taxRate(int basisPoints) {
      this.taxRateBasisPoints = basisPoints;
      return this;
    }

    public Builder startingCredit(Money credit) {
      this.startingCredit = credit;
      return this;
    }

    public InvoiceTerms build() {
      return new InvoiceTerms(planName, basePrice, includedSeats, seats, extraSeatPrice, conversationsUsed,
          includedConversations, Optional.ofNullable(overagePer100), prorationLines, taxRateBasisPoints,
          startingCredit);
    }
  }
}
