package dev.frontdesk.billing;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns one period's {@link InvoiceTerms} into lines and totals. Line amounts are exact products (quantity × unit
 * price); the only rounding on an invoice is the tax, computed once on the subtotal (half-even) rather than per line,
 * so the tax always matches the rate applied to what the invoice shows. Prorated lines arrive already rounded.
 */
public final class InvoiceCalculator {

  /** Overage is sold per started block of this many conversations. */
  public static final long CONVERSATIONS_PER_BLOCK = 100;

  private InvoiceCalculator() {
  }

  public static InvoiceAmounts calculate(InvoiceTerms terms) {
    String currency = terms.basePrice().currency();
    List<InvoiceLine> lines = new ArrayList<>();
    lines.add(InvoiceLine.of(LineKind.BASE_FEE, terms.planName() + " plan", 1, terms.basePrice()));

    long extraSeats = Math.max(0, terms.seats() - terms.includedSeats());
    if (extraSeats > 0) {
      lines.add(InvoiceLine.of(LineKind.EXTRA_SEATS,
          "Seats beyond the " + terms.includedSeats() + " included", extraSeats, terms.extraSeatPrice()));
    }

    long excess = Math.max(0, terms.conversationsUsed() - terms.includedConversations());
    if (excess > 0 && terms.overagePer100().isPresent()) {
      long blocks = (excess - 1) / CONVERSATIONS_PER_BLOCK + 1; // ceiling, excess > 0
      lines.add(InvoiceLine.of(LineKind.OVERAGE, excess + " conversations beyond the "
          + terms.includedConversations() + " included, per started " + CONVERSATIONS_PER_BLOCK,
          blocks, terms.overagePer100().get()));
    }

    terms.prorationLines().forEach(line -> lines.add(InvoiceLine.from(line)));

    Money subtotal = Money.zero(currency);
    for (InvoiceLine line : lines) {
      subtotal = subtotal.plus(line.amount());
    }
    // A negative subtotal gets negative tax: the credited time was charged with tax, so its credit carries it.
    Money tax = subtotal.percentOf(terms.taxRateBasisPoints());
    Money gross = subtotal.plus(tax);
    Money zero = Money.zero(currency);
    Money creditApplied = terms.startingCredit().min(gross.max(zero));
    Money total = gross.max(zero).minus(creditApplied);
    Money creditBalance = terms.startingCredit().minus(creditApplied).plus(gross.negate().max(zero));
    return new InvoiceAmounts(lines, subtotal, terms.taxRateBasisPoints(), tax, creditApplied, total,
        creditBalance);
  }
}
