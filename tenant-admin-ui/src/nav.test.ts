import { expect, it } from 'vitest';
import { consoleLinks } from './nav';
import type { Me, Role } from './types';

const me = (roles: Role[], tenant = true): Me => ({
  user: { id: 'u', email: 'e', name: 'n', roles },
  tenant: tenant ? { id: 't', slug: 's', name: 'T' } : null,
});
const labels = (m: Me, kb = true) => consoleLinks(m, 'org', kb).map((l) => l.label);

it('links each role to its pages', () => {
  expect(labels(me(['platform-admin'], false))).toEqual(['Overview', 'Companies', 'Plans', 'Payment providers', 'Plugins']);
  expect(labels(me(['tenant-admin']))).toEqual(['Workspace', 'Organization', 'CS accounts', 'Plugins', 'Knowledge base', 'Billing']);
  expect(labels(me(['tenant-admin']), false)).toEqual(['Workspace', 'Organization', 'CS accounts', 'Plugins', 'Billing']);
  expect(labels(me(['supervisor']))).toEqual(['Workspace', 'Organization', 'CS accounts']);
  expect(labels(me(['agent']))).toEqual(['Workspace', 'Organization']);
});

it('marks the current page', () => {
  expect(consoleLinks(me(['platform-admin'], false), 'plugins', false).filter((l) => l.current).map((l) => l.href)).toEqual(['#/plugins']);
  expect(consoleLinks(me(['platform-admin'], false), 'tenants', false).filter((l) => l.current).map((l) => l.href)).toEqual(['#/tenants']);
  expect(consoleLinks(me(['tenant-admin']), 'billing', false).filter((l) => l.current).map((l) => l.href)).toEqual(['#/billing']);
});
