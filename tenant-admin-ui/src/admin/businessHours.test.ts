import { describe, expect, it } from 'vitest';
import {
  closedAllWeek,
  copyDay,
  draftFromHours,
  hoursErrors,
  hoursErrorsFromProblem,
  hoursFromDraft,
  officeHours,
  rangeKey,
  summarizeHours,
} from './businessHours';
import type { BusinessHours } from './types';

const berlin: BusinessHours = {
  timeZone: 'Europe/Berlin',
  days: [
    { day: 'MON', ranges: [{ from: '09:00', to: '12:00' }, { from: '13:00', to: '18:00' }] },
    { day: 'SAT', ranges: [{ from: '20:00', to: '24:00' }] },
  ],
};

describe('draftFromHours / hoursFromDraft', () => {
  it('starts always open in the default zone when the account has no hours', () => {
    const d = draftFromHours(null, 'Asia/Shanghai');
    expect(d.mode).toBe('always');
    expect(d.timeZone).toBe('Asia/Shanghai');
    expect(hoursFromDraft(d)).toEqual({ timeZone: 'Asia/Shanghai', days: [] });
  });

  it('shows midnight as 00:00 and sends it back as 24:00', () => {
    const d = draftFromHours(berlin, 'UTC');
    expect(d.mode).toBe('scheduled');
    expect(d.week.SAT).toEqual([{ from: '20:00', to: '00:00' }]);
    const sent = hoursFromDraft(d);
    expect(sent.days.map((x) => x.day)).toEqual(['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN']);
    expect(sent.days[5].ranges).toEqual([{ from: '20:00', to: '24:00' }]);
    expect(sent.days[0].ranges).toEqual(berlin.days[0].ranges);
    expect(sent.days[1].ranges).toEqual([]);
  });

  it('sends a whole day (00:00 to 00:00) as 00:00–24:00', () => {
    const d = draftFromHours(null, 'UTC');
    const all = copyDay({ ...d, mode: 'scheduled', week: { ...d.week, MON: [{ from: '00:00', to: '00:00' }] } }, 'MON', ['SUN']);
    expect(hoursErrors(all)).toEqual({});
    expect(hoursFromDraft(all).days[6].ranges).toEqual([{ from: '00:00', to: '24:00' }]);
  });

  it('office hours fill Monday to Friday', () => {
    const d = officeHours(draftFromHours(null, 'UTC'));
    expect(d.mode).toBe('scheduled');
    expect(d.week.FRI).toEqual([{ from: '09:00', to: '18:00' }]);
    expect(d.week.SAT).toEqual([]);
  });
});

describe('hoursErrors', () => {
  const base = draftFromHours(berlin, 'UTC');

  it('accepts valid hours', () => {
    expect(hoursErrors(base, ['Europe/Berlin'])).toEqual({});
  });

  it('needs a known time zone', () => {
    expect(hoursErrors({ ...base, timeZone: '' })['hours-timeZone']).toBeDefined();
    expect(hoursErrors({ ...base, timeZone: 'Mars/Olympus' }, ['Europe/Berlin'])['hours-timeZone']).toContain('Mars/Olympus');
  });

  it('rejects malformed times and ranges that end before they start', () => {
    const d = { ...base, week: { ...base.week, TUE: [{ from: '9', to: '18:00' }, { from: '18:00', to: '09:00' }] } };
    const e = hoursErrors(d);
    expect(e[rangeKey('TUE', 0, 'from')]).toBeDefined();
    expect(e[rangeKey('TUE', 1, 'to')]).toContain('after');
  });

  it('finds overlapping ranges whatever their order', () => {
    const d = { ...base, week: { ...base.week, WED: [{ from: '14:00', to: '18:00' }, { from: '09:00', to: '15:00' }] } };
    expect(hoursErrors(d)).toEqual({ [rangeKey('WED', 0, 'from')]: 'Overlaps 09:00–15:00.' });
  });

  it('does not check ranges while always open', () => {
    const d = { ...base, mode: 'always' as const, week: { ...base.week, TUE: [{ from: 'x', to: 'y' }] } };
    expect(hoursErrors(d)).toEqual({});
  });
});

describe('hoursErrorsFromProblem', () => {
  it('maps the server paths back to the form rows', () => {
    expect(
      hoursErrorsFromProblem([
        { field: 'businessHours.days[2].ranges[1].to', message: 'must be after from (10:00)' },
        { field: 'businessHours.timeZone', message: 'unknown time zone' },
        { field: 'businessHours.days[0].day', message: 'duplicate day MON' },
        { field: 'name', message: 'must not be blank' },
      ]),
    ).toEqual({
      [rangeKey('WED', 1, 'to')]: 'must be after from (10:00)',
      'hours-timeZone': 'unknown time zone',
      hours: 'duplicate day MON',
    });
  });
});

describe('summaries', () => {
  it('joins equal neighbouring days', () => {
    const d = officeHours(draftFromHours(null, 'Europe/Berlin'));
    expect(summarizeHours(hoursFromDraft(d))).toBe('Mon–Fri 09:00–18:00 (Europe/Berlin)');
    expect(summarizeHours(berlin)).toBe('Mon 09:00–12:00, 13:00–18:00; Sat 20:00–24:00 (Europe/Berlin)');
    expect(summarizeHours(null)).toBe('Always open');
  });

  it('notices a schedule with no open day', () => {
    const d = { ...draftFromHours(null, 'UTC'), mode: 'scheduled' as const };
    expect(closedAllWeek(d)).toBe(true);
    expect(summarizeHours(hoursFromDraft(d))).toBe('Closed every day (UTC)');
    expect(closedAllWeek(officeHours(d))).toBe(false);
  });
});
