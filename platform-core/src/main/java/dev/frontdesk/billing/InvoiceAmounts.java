package dev.frontdesk.billing;

import java.util.List;

/**
 * A computed invoice: its lines and totals. {@code total} is what the tenant pays and is never negative; whatever the
 * credits exceed it by is {@code creditBalance}, carried to the next invoice. Always
 * {@code total − creditBalance = subtotal + tax − startingCredit}, and {@code creditApplied} is the part of the
 * starting credit used up here.
 */
public record InvoiceAmounts(List<InvoiceLine> lines, Money subtotal, int taxRateBasisPoints, Money tax,
               Money creditApplied, Money total, Money creditBalance) {

  public InvoiceAmounts {
    lines = List.copyOf(lines);
  }
}
