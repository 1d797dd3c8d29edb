import { describe, expect, it } from 'vitest';
import { formatMoney, fractionDigits, moneyInput, parseMoney, toDecimalString, totalsByCurrency } from './money';

describe('money', () => {
  it('knows the minor units of a currency', () => {
    expect(fractionDigits('USD')).toBe(2);
    expect(fractionDigits('EUR')).toBe(2);
    expect(fractionDigits('JPY')).toBe(0);
    expect(fractionDigits('BHD')).toBe(3);
  });

  it('places the decimal point without floating point', () => {
    expect(toDecimalString(1234, 2)).toBe('12.34');
    expect(toDecimalString(5, 2)).toBe('0.05');
    expect(toDecimalString(-5, 2)).toBe('-0.05');
    expect(toDecimalString(0, 2)).toBe('0.00');
    expect(toDecimalString(500, 0)).toBe('500');
    expect(toDecimalString(9_007_199_254_740_991, 2)).toBe('90071992547409.91');
    expect(() => toDecimalString(1.5, 2)).toThrow(RangeError);
  });

  it('formats with the currency symbol and its fraction digits', () => {
    expect(formatMoney(2900, 'USD', 'en-US')).toBe('$29.00');
    expect(formatMoney(29000, 'USD', 'en-US')).toBe('$290.00');
    expect(formatMoney(-1234, 'USD', 'en-US')).toBe('-$12.34');
    expect(formatMoney(0, 'EUR', 'en-US')).toBe('€0.00');
    expect(formatMoney(500, 'JPY', 'en-US')).toBe('¥500');
    expect(formatMoney(123456, 'EUR', 'de-DE')).toBe('1.234,56\u00a0€');
    // 0.1 + 0.2 territory stays exact
    expect(formatMoney(30, 'USD', 'en-US')).toBe('$0.30');
  });

  it('reads typed amounts into minor units', () => {
    expect(parseMoney('29', 'USD')).toBe(2900);
    expect(parseMoney('29.9', 'USD')).toBe(2990);
    expect(parseMoney(' 1,290.05 ', 'USD')).toBe(129005);
    expect(parseMoney('0.07', 'USD')).toBe(7);
    expect(parseMoney('500', 'JPY')).toBe(500);
    expect(parseMoney('500.5', 'JPY')).toBeNull();
    expect(parseMoney('1.234', 'USD')).toBeNull();
    expect(parseMoney('-1', 'USD')).toBeNull();
    expect(parseMoney('abc', 'USD')).toBeNull();
    expect(parseMoney('', 'USD')).toBeNull();
    expect(moneyInput(2900, 'USD')).toBe('29.00');
    expect(moneyInput(null, 'USD')).toBe('');
    expect(parseMoney(moneyInput(129005, 'USD'), 'USD')).toBe(129005);
  });

  it('totals per currency', () => {
    expect(
      totalsByCurrency([
        { currency: 'USD', amount: 2900 },
        { currency: 'JPY', amount: 500 },
        { currency: 'USD', amount: 9900 },
      ]),
    ).toEqual([
      { currency: 'USD', minor: 12800 },
      { currency: 'JPY', minor: 500 },
    ]);
  });
});
