/**
 * Money as the billing API sends it: integer minor units (cents) of an ISO 4217 currency. Amounts stay integers;
 * the decimal point is placed by string arithmetic, so display never goes through a binary fraction.
 */

/** Minor-unit digits of a currency as Intl knows them (JPY 0, USD 2, BHD 3); 2 when Intl does not know it. */
export function fractionDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** The exact decimal string of `minor` units: (1234, 2) → "12.34", (-5, 2) → "-0.05", (500, 0) → "500". */
export function toDecimalString(minor: number, digits: number): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`not a whole number of minor units: ${minor}`);
  const negative = minor < 0;
  const abs = String(Math.abs(minor));
  if (digits === 0) return (negative ? '-' : '') + abs;
  const padded = abs.padStart(digits + 1, '0');
  return `${negative ? '-' : ''}${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}

/** "$12.34", "¥500", "-€0.05" in the browser's locale (or `locale`). */
export function formatMoney(minor: number, currency: string, locale?: string): string {
  const digits = fractionDigits(currency);
  const decimal = toDecimalString(minor, digits);
  try {
    const format = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    // Intl formats a decimal string exactly (ES2023); older engines read it as a number, fine for display.
    return format.format(decimal as unknown as number);
  } catch {
    return `${decimal} ${currency}`;
  }
}

/**
 * What someone typed as an amount ("29", "29.9", "1,290.00") in minor units, or null when it is not one: at most
 * the currency's fraction digits, not negative.
 */
export function parseMoney(input: string, currency: string): number | null {
  const digits = fractionDigits(currency);
  const text = input.trim().replace(/[,\s_]/g, '');
  const match = /^(\d+)(?:\.(\d*))?$/.exec(text);
  if (!match) return null;
  const fraction = match[2] ?? '';
  if (fraction.length > digits) return null;
  const minor = Number(match[1] + fraction.padEnd(digits, '0'));
  return Number.isSafeInteger(minor) ? minor : null;
}

/** Minor units as the plain decimal a form field shows ("29.00"), the inverse of parseMoney. */
export function moneyInput(minor: number | null | undefined, currency: string): string {
  return minor === null || minor === undefined ? '' : toDecimalString(minor, fractionDigits(currency));
}

/** Integer sums per currency, in first-seen order: [{currency, minor}]. */
export function totalsByCurrency(items: { currency: string; amount: number }[]): { currency: string; minor: number }[] {
  const totals = new Map<string, number>();
  for (const { currency, amount } of items) totals.set(currency, (totals.get(currency) ?? 0) + amount);
  return [...totals].map(([currency, minor]) => ({ currency, minor }));
}
