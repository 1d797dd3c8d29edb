import { describe, expect, it } from 'vitest';
import { draftFromPlan, termsFromDraft } from './planForm';
import { FREE, TEAM } from './testData';

describe('plan form', () => {
  it('round-trips a plan into the form and back to the same terms', () => {
    const { terms, errors } = termsFromDraft(draftFromPlan(TEAM), false);
    expect(errors).toEqual({});
    expect(terms).toEqual({
      name: 'Team', description: 'Several CS accounts', currency: 'USD', monthlyPrice: 2900, yearlyPrice: 29000, includedSeats: 5,
      extraSeatMonthly: 900, extraSeatYearly: 9000, maxAccounts: 5, maxSeats: 50, maxConversations: 2000, retentionDays: 365,
      maxPlugins: 5, overagePer100: 500, trialDays: 14, sortOrder: undefined,
    });
    expect(draftFromPlan(TEAM).monthlyPrice).toBe('29.00');
    const free = termsFromDraft(draftFromPlan(FREE), false).terms!;
    expect([free.monthlyPrice, free.extraSeatMonthly, free.overagePer100]).toEqual([0, undefined, undefined]);
  });

  it('reads prices in the currency\'s minor units', () => {
    const draft = { ...draftFromPlan(null, 'JPY'), code: 'yen', name: 'Yen', monthlyPrice: '3000', yearlyPrice: '30000' };
    expect(termsFromDraft(draft, true).terms).toMatchObject({ currency: 'JPY', monthlyPrice: 3000, yearlyPrice: 30000, includedSeats: 1, trialDays: 0 });
    expect(termsFromDraft({ ...draft, monthlyPrice: '30.5' }, true).errors.monthlyPrice).toMatch(/amount in JPY/);
  });

  it('checks the code, required fields and pairs', () => {
    const { terms, errors } = termsFromDraft(
      { ...draftFromPlan(null), code: 'Pro!', name: ' ', monthlyPrice: '', yearlyPrice: 'x', extraSeatMonthly: '5', includedSeats: '0', trialDays: '400' },
      true,
    );
    expect(terms).toBeNull();
    expect(Object.keys(errors).sort()).toEqual(['code', 'extraSeatYearly', 'includedSeats', 'monthlyPrice', 'name', 'trialDays', 'yearlyPrice']);
    expect(termsFromDraft({ ...draftFromPlan(TEAM), maxSeats: '3' }, false).errors).toEqual({ maxSeats: 'At least the included seats.' });
    expect(termsFromDraft({ ...draftFromPlan(TEAM), currency: 'usd1' }, false).errors.currency).toBeDefined();
    expect(termsFromDraft(draftFromPlan(TEAM), true).errors).toEqual({});
  });
});
