import { expect, it } from 'vitest';
import { closeOutcome, revisionNote } from './platform';
import { invoice } from './testData';

it('says what closing a period did', () => {
  const t = { name: 'Acme', periodEnd: '2025-04-01T00:00:00Z' };
  expect(closeOutcome(t, [], 'en-US', 'UTC')).toBe('Nothing to close for Acme: its current period ends on Apr 1, 2025.');
  expect(closeOutcome(t, [{ tenantId: 't', invoice: invoice('FD-000007', 2900) }], 'en-US', 'UTC')).toBe(
    'Closed a period for Acme: invoice FD-000007 ($29.00).',
  );
  expect(closeOutcome(t, [{ tenantId: 't', invoice: invoice('A', 100) }, { tenantId: 't', invoice: invoice('B', 0) }], 'en-US')).toBe(
    'Closed 2 periods for Acme: invoice A ($1.00), B ($0.00).',
  );
});

it('tells the admin that existing subscriptions keep their terms', () => {
  expect(revisionNote({ name: 'Team', version: 2 })).toBe(
    'Saving makes version 3 of Team, on sale from now for new subscriptions, changes and renewals. Existing subscriptions keep the terms of version 2 until they renew.',
  );
});
