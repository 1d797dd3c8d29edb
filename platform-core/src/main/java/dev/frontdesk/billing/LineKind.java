package dev.frontdesk.billing;

/** What an invoice or proration line is for; lets the UI render its own (localized) text from the kind. */
public enum LineKind {
  BASE_FEE,
  EXTRA_SEATS,
  OVERAGE,
  /** Unused part of what was already paid for; always zero or negative. */
  PRORATION_CREDIT,
  /** Remaining part of a new price or of added seats; always zero or positive. */
  PRORATION_CHARGE
}
