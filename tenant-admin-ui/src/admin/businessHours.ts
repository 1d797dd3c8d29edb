/**
 * Editing business hours: the form's draft, its checks, and the JSON the API takes (accounts/BusinessHours.java).
 *
 * The form uses time inputs, which cannot show "24:00": an end of "00:00" means midnight at the end of the day and
 * is sent as "24:00". Every weekday is sent in order MON..SUN (closed days with no ranges), so the server's error
 * paths `businessHours.days[i].ranges[j]` point straight back at the form's rows.
 */
import type { FieldError } from '../problem';
import type { BusinessHours, Weekday } from './types';

export const WEEKDAYS: Weekday[] = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];

export const WEEKDAY_NAMES: Record<Weekday, string> = {
  MON: 'Monday',
  TUE: 'Tuesday',
  WED: 'Wednesday',
  THU: 'Thursday',
  FRI: 'Friday',
  SAT: 'Saturday',
  SUN: 'Sunday',
};

export interface TimeRange {
  from: string;
  to: string;
}

export interface HoursDraft {
  /** "always": the account never closes (no hours are stored). */
  mode: 'always' | 'scheduled';
  timeZone: string;
  week: Record<Weekday, TimeRange[]>;
}

const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
const DAY_MINUTES = 24 * 60;

function emptyWeek(): Record<Weekday, TimeRange[]> {
  return { MON: [], TUE: [], WED: [], THU: [], FRI: [], SAT: [], SUN: [] };
}

/** The form's starting point: the account's hours, or "always open" in `defaultZone`. */
export function draftFromHours(hours: BusinessHours | null | undefined, defaultZone: string): HoursDraft {
  const week = emptyWeek();
  if (!hours || hours.days.length === 0) {
    return { mode: 'always', timeZone: hours?.timeZone || defaultZone, week };
  }
  for (const d of hours.days) {
    if (d.day in week) week[d.day] = d.ranges.map((r) => ({ from: r.from, to: r.to === '24:00' ? '00:00' : r.to }));
  }
  return { mode: 'scheduled', timeZone: hours.timeZone, week };
}

/** Office hours to start a schedule from: Monday to Friday, 09:00 to 18:00. */
export function officeHours(draft: HoursDraft): HoursDraft {
  const week = emptyWeek();
  for (const d of WEEKDAYS.slice(0, 5)) week[d] = [{ from: '09:00', to: '18:00' }];
  return { ...draft, mode: 'scheduled', week };
}

/** What the API takes. "Always open" is an empty day list (the server then stores no hours). */
export function hoursFromDraft(draft: HoursDraft): BusinessHours {
  if (draft.mode === 'always') return { timeZone: draft.timeZone, days: [] };
  return {
    timeZone: draft.timeZone,
    days: WEEKDAYS.map((day) => ({
      day,
      ranges: draft.week[day].map((r) => ({ from: r.from, to: r.to === '00:00' ? '24:00' : r.to })),
    })),
  };
}

/** The form key of one range's field, also used as the id of its input. */
export function rangeKey(day: Weekday, index: number, field: 'from' | 'to'): string {
  return `hours-${day}-${index}-${field}`;
}

function minutes(time: string, isEnd: boolean): number {
  const m = Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
  return isEnd && m === 0 ? DAY_MINUTES : m;
}

/** Client-side checks, keyed like the form's inputs ("hours-timeZone", rangeKey(...)). */
export function hoursErrors(draft: HoursDraft, knownZones?: readonly string[]): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!draft.timeZone) errors['hours-timeZone'] = 'Pick a time zone.';
  else if (knownZones && !knownZones.includes(draft.timeZone)) errors['hours-timeZone'] = `Unknown time zone "${draft.timeZone}".`;
  if (draft.mode === 'always') return errors;
  for (const day of WEEKDAYS) {
    const ranges = draft.week[day];
    const valid: { index: number; from: number; to: number }[] = [];
    ranges.forEach((r, i) => {
      const fromOk = TIME.test(r.from);
      const toOk = TIME.test(r.to);
      if (!fromOk) errors[rangeKey(day, i, 'from')] = 'Enter a time like 09:00.';
      if (!toOk) errors[rangeKey(day, i, 'to')] = 'Enter a time like 18:00 (00:00 is midnight).';
      if (!fromOk || !toOk) return;
      const from = minutes(r.from, false);
      const to = minutes(r.to, true);
      if (to <= from) errors[rangeKey(day, i, 'to')] = `Must end after it starts (${r.from}).`;
      else valid.push({ index: i, from, to });
    });
    valid.sort((a, b) => a.from - b.from);
    for (let k = 1; k < valid.length; k++) {
      if (valid[k].from < valid[k - 1].to) {
        const other = ranges[valid[k - 1].index];
        errors[rangeKey(day, valid[k].index, 'from')] = `Overlaps ${other.from}–${other.to}.`;
      }
    }
  }
  return errors;
}

/** True when a schedule is set but no day has any range: the account would never open. */
export function closedAllWeek(draft: HoursDraft): boolean {
  return draft.mode === 'scheduled' && WEEKDAYS.every((d) => draft.week[d].length === 0);
}

/**
 * The server's field errors about business hours, keyed like hoursErrors: "businessHours.days[2].ranges[0].to"
 * becomes rangeKey('WED', 0, 'to'); anything else about the hours lands on "hours".
 */
export function hoursErrorsFromProblem(errors: FieldError[]): Record<string, string> {
  const out: Record<string, string> = {};
  const add = (key: string, message: string) => (out[key] = out[key] ? `${out[key]} ${message}` : message);
  for (const e of errors) {
    if (!e.field.startsWith('businessHours')) continue;
    const range = /^businessHours\.days\[(\d+)\]\.ranges\[(\d+)\]\.(from|to)$/.exec(e.field);
    const day = range ? WEEKDAYS[Number(range[1])] : undefined;
    if (range && day) add(rangeKey(day, Number(range[2]), range[3] as 'from' | 'to'), e.message);
    else if (e.field === 'businessHours.timeZone') add('hours-timeZone', e.message);
    else add('hours', e.message);
  }
  return out;
}

/** Copies one day's ranges onto other days (e.g. Monday onto the rest of the working week). */
export function copyDay(draft: HoursDraft, from: Weekday, to: Weekday[]): HoursDraft {
  const week = { ...draft.week };
  for (const d of to) week[d] = draft.week[from].map((r) => ({ ...r }));
  return { ...draft, week };
}

const SHORT: Record<Weekday, string> = { MON: 'Mon', TUE: 'Tue', WED: 'Wed', THU: 'Thu', FRI: 'Fri', SAT: 'Sat', SUN: 'Sun' };

/** One line for lists: "Always open", or "Mon–Fri 09:00–18:00; Sat 10:00–14:00 (Europe/Berlin)". */
export function summarizeHours(hours: BusinessHours | null | undefined): string {
  if (!hours || hours.days.length === 0) return 'Always open';
  const byDay = new Map(hours.days.map((d) => [d.day, d.ranges.map((r) => `${r.from}–${r.to}`).join(', ')]));
  const parts: string[] = [];
  let i = 0;
  while (i < WEEKDAYS.length) {
    const text = byDay.get(WEEKDAYS[i]) ?? '';
    let j = i;
    while (j + 1 < WEEKDAYS.length && (byDay.get(WEEKDAYS[j + 1]) ?? '') === text) j++;
    if (text) parts.push(`${SHORT[WEEKDAYS[i]]}${j > i ? `–${SHORT[WEEKDAYS[j]]}` : ''} ${text}`);
    i = j + 1;
  }
  return parts.length ? `${parts.join('; ')} (${hours.timeZone})` : `Closed every day (${hours.timeZone})`;
}
