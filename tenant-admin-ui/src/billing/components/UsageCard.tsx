import { COUNTED_METERS, countedFigure, formatDay, meterRows } from '../billing';
import type { UsageView } from '../types';

/** Use in the current period: the limited meters as bars, the rest as figures. */
export function UsageCard({ usage, planName }: { usage: UsageView; planName: string }) {
  const rows = meterRows(usage);
  return (
    <section className="card" aria-labelledby="usage-heading" data-testid="usage">
      <h3 id="usage-heading">Usage this period</h3>
      <p className="muted">
        {formatDay(usage.periodStart)} – {formatDay(usage.periodEnd)}, against the limits of your {planName} plan.
      </p>
      <ul className="meters">
        {rows.map((r) => (
          <li key={r.name} className={`meter ${r.level}`} data-testid={`meter-${r.name}`}>
            <div className="meter-head">
              <span className="meter-label" id={`meter-${r.name}-label`}>
                {r.label}
              </span>
              <span className="meter-text">{r.text}</span>
            </div>
            {r.fill !== null && (
              <div
                className="bar"
                role="progressbar"
                aria-labelledby={`meter-${r.name}-label`}
                aria-valuemin={0}
                aria-valuemax={r.limit ?? 0}
                aria-valuenow={Math.min(r.used, r.limit ?? r.used)}
                aria-valuetext={r.text}
              >
                <span style={{ width: `${r.fill}%` }} />
              </div>
            )}
          </li>
        ))}
      </ul>
      <dl className="figures">
        {COUNTED_METERS.map((m) => (
          <div key={m.name} className="figure" data-testid={`figure-${m.name}`}>
            <dt>{m.label}</dt>
            <dd>{countedFigure(m.name, usage.meters[m.name])}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
