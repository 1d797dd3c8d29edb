import { describe, expect, it } from 'vitest';
import type { Me } from '../types';
import { accountStatus, failureSummary, installOutcome, permissionLines, pluginAccess, tenantsSummary } from './plugins';
import type { Binding, PlatformPlugin } from './types';

const plugin = (id: string, version: string): PlatformPlugin => ({
  id, version, name: `Plugin ${id}`, vendor: 'v', description: '', state: 'active', error: null, signer: 'CN=x', sha256: '',
  spi: '[1.0,2.0)', extensionPoints: [], permissions: {}, bundled: false, installedAt: '', updatedAt: '',
  failures: { calls: 0, failures: 0, timeouts: 0, lastFailure: null, lastFailureAt: null }, suspendedTenants: 0, enabledTenants: 0,
});

describe('pluginAccess', () => {
  const me = (roles: Me['user']['roles'], tenant: boolean): Me => ({
    user: { id: 'u', email: 'e', name: 'n', roles },
    tenant: tenant ? { id: 't', slug: 's', name: 'T' } : null,
  });
  it('gives the platform page to the platform admin and the company pages to tenant admins', () => {
    expect(pluginAccess(me(['platform-admin'], false))).toEqual({ platform: true, tenant: false });
    expect(pluginAccess(me(['tenant-admin'], true))).toEqual({ platform: false, tenant: true });
    expect(pluginAccess(me(['supervisor', 'agent'], true))).toEqual({ platform: false, tenant: false });
  });
});

describe('platform list', () => {
  it('tells an install from an upgrade', () => {
    expect(installOutcome([plugin('a', '1.0.0')], plugin('b', '2.0.0'))).toBe('Installed Plugin b 2.0.0.');
    expect(installOutcome([plugin('a', '1.0.0')], plugin('a', '1.1.0'))).toBe('Upgraded Plugin a to 1.1.0 (was 1.0.0).');
    expect(installOutcome([plugin('a', '1.0.0')], plugin('a', '1.0.0'))).toBe('Upgraded Plugin a to 1.0.0.');
  });
  it('counts calls, failures and companies', () => {
    expect(failureSummary({ calls: 1, failures: 2, timeouts: 0, lastFailure: null, lastFailureAt: null })).toBe('1 call, 2 failures, 0 timeouts');
    expect(tenantsSummary({ enabledTenants: 1, suspendedTenants: 0 })).toBe('Enabled by 1 company');
    expect(tenantsSummary({ enabledTenants: 3, suspendedTenants: 2 })).toBe('Enabled by 3 companies; suspended for 2');
  });
});

describe('tenant bindings', () => {
  const b = (enabled: boolean, suspended = false): Binding => ({
    accountId: null, enabled, config: {}, secretsSet: [], suspended: suspended ? { reason: 'r', at: '' } : null, updatedAt: '',
  });
  it('says whether an account follows the company or has its own settings', () => {
    expect(accountStatus(undefined, null)).toBe('Follows the company: off');
    expect(accountStatus(undefined, b(true))).toBe('Follows the company: on');
    expect(accountStatus(b(false), b(true))).toBe('Own settings: off');
    expect(accountStatus(b(true, true), b(true))).toBe('Own settings: suspended');
  });
  it('words the permissions', () => {
    expect(permissionLines({ hosts: ['imap.example.com', 'smtp.example.com'], storageMb: 20 })).toEqual([
      'Connects to imap.example.com, smtp.example.com',
      'Stores up to 20 MB of data for your company',
    ]);
    expect(permissionLines(undefined)).toEqual(['Makes no network connections']);
  });
});
