import { useEffect, useState } from 'react';
import { ErrorBanner } from '../../components/ErrorBanner';
import { toProblem, type ProblemError } from '../../problem';
import { billingApi } from '../api';
import { chart, SERIES, type SeriesName } from '../history';
import type { HistoryUnit, UsageHistory } from '../types';

const RANGES: { unit: HistoryUnit; label: string }[] = [
  { unit: 'day', label: 'Last 30 days' },
  { unit: 'month', label: 'Last 12 months' },
];

/** Use over time as a bar chart, one figure at a time, with the numbers in a table for those who want them. */
export function UsageHistoryCard() {
  const [unit, setUnit] = useState<HistoryUnit>('day');
  const [series, setSeries] = useState<SeriesName>('conversations');
  const [history, setHistory] = useState<UsageHistory | null>(null);
  const [problem, setProblem] = useState<ProblemError | null>(null);

  useEffect(() => {
    let current = true;
    billingApi.usageHistory(unit).then(
      (h) => current && (setHistory(h), setProblem(null)),
      (e) => current && setProblem(toProblem(e)),
    );
    return () => {
      current = false;
    };
  }, [unit]);

  const seriesLabel = SERIES.find((s) => s.name === series)!.label;
  const c = history && history.unit === unit ? chart(history.points, series, unit) : null;
  const labelEvery = unit === 'day' ? 5 : 1;
  return (
    <section className="card usage-history" aria-labelledby="usage-history-heading" data-testid="usage-history">
      <h3 id="usage-history-heading">Usage over time</h3>
      <div className="chart-controls">
        <label>
          Show{' '}
          <select value={series} onChange={(e) => setSeries(e.target.value as SeriesName)} data-testid="usage-series">
            {SERIES.map((s) => (
              <option key={s.name} value={s.name}>{s.label}</option>
            ))}
          </select>
        </label>
        <fieldset className="cycle-toggle" aria-label="Range">
          {RANGES.map((r) => (
            <label key={r.unit} className={r.unit === unit ? 'on' : ''}>
              <input type="radio" name="usage-range" checked={r.unit === unit} onChange={() => setUnit(r.unit)} />
              {r.label}
            </label>
          ))}
        </fieldset>
      </div>
      <ErrorBanner problem={problem} />
      {!c && !problem && <p>Loading…</p>}
      {c && (
        <>
          <p className="muted" data-testid="usage-history-summary">
            {seriesLabel} {unit === 'day' ? 'per day' : 'per month'}
            {c.total !== null && <>, {c.total} in all</>}. {unit === 'day' ? 'Days' : 'Months'} are counted in UTC
            {series === 'seats' || series === 'storageBytes' ? '; each bar is the highest daily figure.' : '.'}
          </p>
          <div className="chart" role="img" aria-label={`${seriesLabel}, ${RANGES.find((r) => r.unit === unit)!.label.toLowerCase()}`}>
            <div className="chart-axis" aria-hidden="true">
              {c.ticks.map((t) => (
                <span key={t.value} style={{ bottom: `${(t.value / c.top) * 100}%` }}><em>{t.text}</em></span>
              ))}
            </div>
            <ol className="chart-bars">
              {c.bars.map((b, i) => (
                <li key={b.start} title={`${b.label}: ${b.text}`} data-testid="usage-bar" data-value={b.value ?? ''}>
                  <span className="chart-bar" style={{ height: `${b.height}%` }} />
                  <span className="chart-label" aria-hidden="true">
                    {i % labelEvery === 0 || i === c.bars.length - 1 ? b.label : ''}
                  </span>
                </li>
              ))}
            </ol>
          </div>
          <details>
            <summary>Show the figures</summary>
            <table className="history-table">
              <thead>
                <tr><th scope="col">{unit === 'day' ? 'Day' : 'Month'}</th><th scope="col" className="amount">{seriesLabel}</th></tr>
              </thead>
              <tbody>
                {c.bars.map((b) => (
                  <tr key={b.start}><td>{b.label}</td><td className="amount">{b.text}</td></tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </section>
  );
}
