import { useMemo } from 'react';
import {
  closedAllWeek,
  copyDay,
  officeHours,
  rangeKey,
  WEEKDAY_NAMES,
  WEEKDAYS,
  type HoursDraft,
  type TimeRange,
} from '../businessHours';
import { groupTimeZones } from '../timeZones';
import type { Weekday } from '../types';

interface Props {
  draft: HoursDraft;
  onChange: (d: HoursDraft) => void;
  /** Keyed like hoursErrors(): "hours", "hours-timeZone", rangeKey(...). */
  errors: Record<string, string>;
  zones: readonly string[];
}

/** Weekly opening hours: always open, or ranges per weekday in a time zone. */
export function BusinessHoursEditor({ draft, onChange, errors, zones }: Props) {
  const groups = useMemo(() => groupTimeZones(zones.includes(draft.timeZone) || !draft.timeZone ? zones : [draft.timeZone, ...zones]), [zones, draft.timeZone]);

  function setMode(mode: HoursDraft['mode']) {
    const empty = WEEKDAYS.every((d) => draft.week[d].length === 0);
    onChange(mode === 'scheduled' && empty ? officeHours(draft) : { ...draft, mode });
  }

  function setRanges(day: Weekday, ranges: TimeRange[]) {
    onChange({ ...draft, week: { ...draft.week, [day]: ranges } });
  }

  const zoneError = errors['hours-timeZone'];
  return (
    <fieldset className="field hours" data-testid="business-hours">
      <legend>Business hours</legend>
      <label htmlFor="hours-always" className="check">
        <input id="hours-always" type="radio" name="hours-mode" checked={draft.mode === 'always'} onChange={() => setMode('always')} />
        Always open
      </label>
      <label htmlFor="hours-scheduled" className="check">
        <input id="hours-scheduled" type="radio" name="hours-mode" checked={draft.mode === 'scheduled'} onChange={() => setMode('scheduled')} />
        Open on a weekly schedule
      </label>
      <p className="hint">
        Outside these hours new customers get the off-hours reply and wait in the queue; they are handed to a servicer
        when you open. Sessions already under way go on.
      </p>
      {errors.hours && <p className="field-error">{errors.hours}</p>}

      {draft.mode === 'scheduled' && (
        <>
          <div className="field">
            <label htmlFor="hours-timeZone">Time zone</label>
            {zones.length ? (
              <select
                id="hours-timeZone"
                value={draft.timeZone}
                onChange={(e) => onChange({ ...draft, timeZone: e.target.value })}
                aria-invalid={zoneError ? true : undefined}
                aria-describedby={zoneError ? 'hours-timeZone-error' : 'hours-timeZone-hint'}
              >
                {groups.map(([region, list]) => (
                  <optgroup key={region} label={region}>
                    {list.map((z) => (
                      <option key={z} value={z}>
                        {z.replace(/_/g, ' ')}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            ) : (
              <input
                id="hours-timeZone"
                value={draft.timeZone}
                onChange={(e) => onChange({ ...draft, timeZone: e.target.value.trim() })}
                placeholder="Europe/Berlin"
                aria-invalid={zoneError ? true : undefined}
                aria-describedby={zoneError ? 'hours-timeZone-error' : 'hours-timeZone-hint'}
              />
            )}
            {zoneError ? (
              <p className="field-error" id="hours-timeZone-error">
                {zoneError}
              </p>
            ) : (
              <p className="hint" id="hours-timeZone-hint">
                The times below are wall-clock times there; daylight saving is taken care of.
              </p>
            )}
          </div>

          <div className="actions hours-copy">
            <button type="button" className="secondary" onClick={() => onChange(copyDay(draft, 'MON', ['TUE', 'WED', 'THU', 'FRI']))}>
              Copy Monday to Tuesday–Friday
            </button>
            <button type="button" className="secondary" onClick={() => onChange(copyDay(draft, 'MON', WEEKDAYS.slice(1)))}>
              Copy Monday to every day
            </button>
          </div>

          <ul className="hours-week">
            {WEEKDAYS.map((day) => (
              <DayRow key={day} day={day} ranges={draft.week[day]} errors={errors} onChange={(r) => setRanges(day, r)} />
            ))}
          </ul>
          <p className="hint">An end of 00:00 (12:00 AM) means midnight at the end of the day. For a night shift, end one day at 00:00 and start the next at 00:00.</p>
          {closedAllWeek(draft) && (
            <p className="field-error" role="status">
              No day has opening hours, so this account would never open. Add hours or choose “Always open”.
            </p>
          )}
        </>
      )}
    </fieldset>
  );
}

function DayRow({ day, ranges, errors, onChange }: { day: Weekday; ranges: TimeRange[]; errors: Record<string, string>; onChange: (r: TimeRange[]) => void }) {
  const name = WEEKDAY_NAMES[day];
  const update = (i: number, field: keyof TimeRange, value: string) => onChange(ranges.map((r, j) => (j === i ? { ...r, [field]: value } : r)));
  const last = ranges[ranges.length - 1];
  // A further range begins where the last one ends and runs to midnight; the admin narrows it.
  const next: TimeRange = last ? { from: last.to === '00:00' ? '23:00' : last.to, to: '00:00' } : { from: '09:00', to: '18:00' };

  return (
    <li className="hours-day" data-testid={`hours-${day}`}>
      <span className="day-name" id={`hours-${day}-name`}>
        {name}
      </span>
      <div className="day-ranges">
        {ranges.length === 0 && <span className="muted">Closed</span>}
        {ranges.map((r, i) => {
          const prefix = i === 0 ? name : `${name} range ${i + 1}`;
          return (
            <div className="range" key={i}>
              {(['from', 'to'] as const).map((field) => {
                const key = rangeKey(day, i, field);
                return (
                  <div className="time-field" key={field}>
                    <label htmlFor={key}>
                      <span className="sr-only">{prefix} </span>
                      {field}
                    </label>
                    <input
                      id={key}
                      type="time"
                      value={r[field]}
                      onChange={(e) => update(i, field, e.target.value)}
                      aria-invalid={errors[key] ? true : undefined}
                      aria-describedby={errors[key] ? `${key}-error` : undefined}
                      required
                    />
                    {errors[key] && (
                      <p className="field-error" id={`${key}-error`}>
                        {errors[key]}
                      </p>
                    )}
                  </div>
                );
              })}
              <button type="button" className="link remove" onClick={() => onChange(ranges.filter((_, j) => j !== i))} aria-label={`Remove ${prefix} hours`}>
                Remove
              </button>
            </div>
          );
        })}
      </div>
      <button type="button" className="secondary add-range" onClick={() => onChange([...ranges, next])} aria-label={`Add hours on ${name}`}>
        Add hours
      </button>
    </li>
  );
}
