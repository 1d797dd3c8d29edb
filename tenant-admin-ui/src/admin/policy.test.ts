import { describe, expect, it } from 'vitest';
import { describeMinutes, draftFromPolicy, policyErrors, policyFromDraft } from './policy';
import type { Policy } from './types';

const policy: Policy = {
  mode: 'round_robin',
  servicerCap: 5,
  preferLastServicer: true,
  preferLastDays: 7,
  inactivityCloseMinutes: 30,
  sendWindowMessages: 5,
  sendWindowHours: 48,
};

describe('policy form', () => {
  it('round-trips the server policy', () => {
    const d = draftFromPolicy(policy);
    expect(d.servicerCap).toBe('5');
    expect(policyErrors(d)).toEqual({});
    expect(policyFromDraft(d)).toEqual(policy);
  });

  it('sends the edited values as numbers', () => {
    const d = { ...draftFromPolicy(policy), mode: 'idle_first' as const, servicerCap: '3', preferLastServicer: false, sendWindowHours: '24' };
    expect(policyFromDraft(d)).toEqual({ ...policy, mode: 'idle_first', servicerCap: 3, preferLastServicer: false, sendWindowHours: 24 });
  });

  it("checks the server's limits, keyed by the API's field names", () => {
    const d = {
      ...draftFromPolicy(policy),
      servicerCap: '0',
      preferLastDays: '366',
      inactivityCloseMinutes: '1.5',
      sendWindowMessages: '',
      sendWindowHours: '721',
    };
    expect(Object.keys(policyErrors(d)).sort()).toEqual(
      ['inactivityCloseMinutes', 'preferLastDays', 'sendWindowHours', 'sendWindowMessages', 'servicerCap'],
    );
    expect(policyErrors({ ...d, servicerCap: '100', preferLastDays: '365', inactivityCloseMinutes: '10080', sendWindowMessages: '1', sendWindowHours: '720' })).toEqual({});
    expect(policyErrors({ ...draftFromPolicy(policy), mode: 'lottery' as never }).mode).toBeDefined();
  });

  it('describes minutes in words', () => {
    expect(describeMinutes('30')).toBe('30 min');
    expect(describeMinutes('90')).toBe('1 h 30 min');
    expect(describeMinutes('2880')).toBe('2 days');
    expect(describeMinutes('1501')).toBe('1 day 1 h 1 min');
    expect(describeMinutes('x')).toBe('');
  });
});
