import { expect, it } from 'vitest';
import { reconnectDelay } from './backoff';

it('doubles from the base up to the cap, with half of it jittered', () => {
  const low = { random: () => 0 };
  const high = { random: () => 1 };
  expect(reconnectDelay(0, low)).toBe(250);
  expect(reconnectDelay(0, high)).toBe(500);
  expect(reconnectDelay(1, high)).toBe(1000);
  expect(reconnectDelay(3, high)).toBe(4000);
  expect(reconnectDelay(10, high)).toBe(30_000);
  expect(reconnectDelay(10, low)).toBe(15_000);
  expect(reconnectDelay(1000, high)).toBe(30_000);
  expect(reconnectDelay(2, { baseMs: 100, maxMs: 300, random: () => 0.5 })).toBe(225);
});

it('stays within bounds for any random value', () => {
  for (let attempt = 0; attempt < 20; attempt++) {
    const d = reconnectDelay(attempt);
    expect(d).toBeGreaterThanOrEqual(250);
    expect(d).toBeLessThanOrEqual(30_000);
  }
});
