import { expect, it } from 'vitest';
import { parseHash } from './router';

it('parses the hash routes', () => {
  expect(parseHash('#/signup')).toEqual({ page: 'signup' });
  expect(parseHash('#/login')).toEqual({ page: 'login' });
  expect(parseHash('#/invite/abc-123')).toEqual({ page: 'invite', token: 'abc-123' });
  expect(parseHash('#/org')).toEqual({ page: 'org' });
  expect(parseHash('')).toEqual({ page: 'org' });
  expect(parseHash('#/accounts')).toEqual({ page: 'accounts', path: [] });
  expect(parseHash('#/accounts/a1/policy')).toEqual({ page: 'accounts', path: ['a1', 'policy'] });
  expect(parseHash('#/workspace')).toEqual({ page: 'workspace', sessionId: null });
  expect(parseHash('#/plugins')).toEqual({ page: 'plugins' });
  expect(parseHash('#/knowledge')).toEqual({ page: 'knowledge' });
  expect(parseHash('#/billing')).toEqual({ page: 'billing' });
  expect(parseHash('#/tenants')).toEqual({ page: 'tenants' });
  expect(parseHash('#/plans')).toEqual({ page: 'plans' });
  expect(parseHash('#/payment-providers')).toEqual({ page: 'payment-providers' });
  expect(parseHash('#/workspace/5f0c')).toEqual({ page: 'workspace', sessionId: '5f0c' });
});
