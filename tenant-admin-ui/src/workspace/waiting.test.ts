import { expect, it } from 'vitest';
import { formatWaiting, waitedSince } from './waiting';

it('formats waiting times from seconds to days', () => {
  expect(formatWaiting(-500)).toBe('0 s');
  expect(formatWaiting(12_400)).toBe('12 s');
  expect(formatWaiting(59_999)).toBe('59 s');
  expect(formatWaiting(60_000)).toBe('1 min');
  expect(formatWaiting(59 * 60_000 + 59_000)).toBe('59 min');
  expect(formatWaiting(65 * 60_000)).toBe('1 h 05 min');
  expect(formatWaiting(27 * 3_600_000)).toBe('1 d 3 h');
});

it('measures from an ISO instant and says nothing for none', () => {
  const now = Date.parse('2025-01-01T10:05:00Z');
  expect(waitedSince('2025-01-01T10:03:30.123456Z', now)).toBe('1 min');
  expect(waitedSince(null, now)).toBe('');
  expect(waitedSince('not a date', now)).toBe('');
});
