import { describe, expect, it } from 'vitest';
import { bucketLabel, chart, niceBytesTop, niceTop } from './history';
import type { UsagePoint } from './types';

const point = (start: string, over: Partial<UsagePoint> = {}): UsagePoint => ({
  start, conversations: 0, messages: 0, assistantAnswers: 0, seats: null, storageBytes: null, ...over,
});

describe('usage history chart', () => {
  it('rounds the scale up to 1, 2 or 5 times a power of ten', () => {
    expect(niceTop(0)).toBe(1);
    expect(niceTop(1)).toBe(1);
    expect(niceTop(3)).toBe(5);
    expect(niceTop(10)).toBe(10);
    expect(niceTop(11)).toBe(20);
    expect(niceTop(4_900)).toBe(5_000);
    expect(niceTop(5_001)).toBe(10_000);
  });

  it('rounds storage in the unit of its largest figure', () => {
    expect(niceBytesTop(700)).toBe(1_000);
    expect(niceBytesTop(1.5 * 1024 * 1024)).toBe(2 * 1024 * 1024);
  });

  it('draws counters against the scale and totals them', () => {
    const c = chart([point('2026-11-01', { messages: 3 }), point('2026-11-02', { messages: 7 })], 'messages', 'day', 'en-US');
    expect(c.top).toBe(10);
    expect(c.bars.map((b) => b.height)).toEqual([30, 70]);
    expect(c.bars[1]).toMatchObject({ label: 'Nov 2', text: '7' });
    expect(c.total).toBe('10');
    expect(c.ticks.map((t) => t.text)).toEqual(['10', '5']);
  });

  it('leaves days without a gauge snapshot empty and does not total gauges', () => {
    const c = chart([point('2026-11-01'), point('2026-11-02', { seats: 1 })], 'seats', 'day', 'en-US');
    expect(c.bars[0]).toMatchObject({ value: null, height: 0, text: 'no figure' });
    expect(c.bars[1].height).toBe(100);
    expect(c.total).toBeNull();
    expect(c.ticks).toHaveLength(1);
  });

  it('labels months with their year', () => {
    expect(bucketLabel('2026-01-01', 'month', 'en-US')).toBe('Jan 2026');
  });
});
