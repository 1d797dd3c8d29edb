package dev.frontdesk.billing;

import java.util.Objects;

/**
 * One invoice line. {@code amount = quantity × unitAmount} always holds exactly, so a reader can re-check every line;
 * a prorated line therefore has quantity 1 and its rounded amount as the unit (its description says how many).
 */
public record InvoiceLine(LineKind kind, String description, long quantity, Money unitAmount, Money amount) {

  public InvoiceLine {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(description, "description");
    if (quantity < 0) {
      throw new IllegalArgumentException("Quantity must not be negative: " + quantity);
    }
    if (!unitAmount.times(quantity).equals(amount)) {
      throw new IllegalArgumentException(
          "Amount " + amount + " is not " + quantity + " × " + unitAmount);
    }
  }

  public static InvoiceLine of(LineKind kind, String description, long quantity, Money unitAmount) {
    return new InvoiceLine(kind, description, quantity, unitAmount, unitAmount.times(quantity));
  }

  static InvoiceLine from(Proration.Line line) {
    return of(line.kind(), line.description(), 1, line.amount());
  }
}
