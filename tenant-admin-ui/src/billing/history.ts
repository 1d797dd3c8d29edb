/** Shapes the usage history into a bar chart: which figure, a rounded scale, and labels a reader can check. */
import { formatBytes } from './billing';
import type { HistoryUnit, UsagePoint } from './types';

export type SeriesName = 'conversations' | 'messages' | 'assistantAnswers' | 'seats' | 'storageBytes';

export const SERIES: { name: SeriesName; label: string }[] = [
  { name: 'conversations', label: 'Conversations' },
  { name: 'messages', label: 'Messages' },
  { name: 'assistantAnswers', label: 'Assistant answers' },
  { name: 'seats', label: 'Seats in use' },
  { name: 'storageBytes', label: 'Storage' },
];

export interface Bar {
  start: string;
  label: string;
  /** null: no figure that day (a gauge without a snapshot). */
  value: number | null;
  text: string;
  /** 0–100, the bar's height against the scale's top. */
  height: number;
}

export interface Chart {
  bars: Bar[];
  /** The scale's top and its halfway mark, rounded so the axis reads well. */
  top: number;
  ticks: { value: number; text: string }[];
  total: string | null;
}

/** The smallest 1, 2 or 5 × 10ⁿ at or above {@code max}; at least 1 so an empty chart still has a scale. */
export function niceTop(max: number): number {
  if (max <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) {
    if (step * power >= max) return step * power;
  }
  return 10 * power;
}

/** For bytes, a nice top in the unit of the largest figure (KB, MB, …), so the axis reads "2 MB", not "1.9 MB". */
export function niceBytesTop(max: number): number {
  let unit = 1;
  while (max >= unit * 1024 && unit < 1024 ** 4) unit *= 1024;
  return niceTop(max / unit) * unit;
}

export function valueText(series: SeriesName, value: number | null, locale?: string): string {
  if (value === null) return 'no figure';
  return series === 'storageBytes' ? formatBytes(value) : value.toLocaleString(locale);
}

export function bucketLabel(start: string, unit: HistoryUnit, locale?: string): string {
  const d = new Date(`${start}T00:00:00Z`);
  return unit === 'day'
    ? d.toLocaleDateString(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' })
    : d.toLocaleDateString(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** Counters get a total over the range; gauges (seats, storage) do not add up, so they get none. */
export function chart(points: UsagePoint[], series: SeriesName, unit: HistoryUnit, locale?: string): Chart {
  const values = points.map((p) => p[series]);
  const max = Math.max(0, ...values.map((v) => v ?? 0));
  const top = series === 'storageBytes' ? niceBytesTop(max) : niceTop(max);
  const counter = series !== 'seats' && series !== 'storageBytes';
  return {
    bars: points.map((p, i) => ({
      start: p.start,
      label: bucketLabel(p.start, unit, locale),
      value: values[i],
      text: valueText(series, values[i], locale),
      height: values[i] === null ? 0 : Math.round(((values[i] as number) / top) * 1000) / 10,
    })),
    top,
    // A halfway mark only where it is a whole figure: "0.5 conversations" reads as nonsense.
    ticks: (top >= 2 ? [top, top / 2] : [top]).map((v) => ({ value: v, text: valueText(series, v, locale) })),
    total: counter ? valueText(series, values.reduce<number>((a, v) => a + (v ?? 0), 0), locale) : null,
  };
}
