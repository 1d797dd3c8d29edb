import { describe, expect, it } from 'vitest';
import type { Me } from '../types';
import { adminAccess } from './access';
import { avatarError, initials, sameOriginFileUrl } from './avatar';
import { draftFromEntry, entryErrors, entryFromDraft, entryPaths, qrFileName } from './entryPoints';
import { adminHref, parseAdminPath } from './route';
import { assignableDepartments, assignableMembers, loadText, statusLabel } from './servicers';
import { groupTimeZones } from './timeZones';
import type { ServicerBoard } from './types';

describe('admin routes', () => {
  it('parses and builds the paths below #/accounts', () => {
    expect(parseAdminPath([])).toEqual({ view: 'list' });
    expect(parseAdminPath([''])).toEqual({ view: 'list' });
    expect(parseAdminPath(['new'])).toEqual({ view: 'new' });
    expect(parseAdminPath(['a1'])).toEqual({ view: 'account', accountId: 'a1', tab: 'settings' });
    expect(parseAdminPath(['a1', 'entry-points'])).toEqual({ view: 'account', accountId: 'a1', tab: 'entry-points' });
    expect(parseAdminPath(['a1', 'nonsense'])).toEqual({ view: 'account', accountId: 'a1', tab: 'settings' });
    expect(adminHref({ view: 'account', accountId: 'a1', tab: 'policy' })).toBe('#/accounts/a1/policy');
    expect(adminHref({ view: 'account', accountId: 'a1', tab: 'settings' })).toBe('#/accounts/a1');
  });
});

describe('adminAccess', () => {
  const me = (roles: Me['user']['roles'], tenant = true): Me => ({
    user: { id: 'u', email: 'e', name: 'n', roles },
    tenant: tenant ? { id: 't', slug: 's', name: 'T' } : null,
  });
  it('lets admins edit, supervisors set policies, and keeps agents out', () => {
    expect(adminAccess(me(['tenant-admin']))).toEqual({ view: true, edit: true, editPolicy: true });
    expect(adminAccess(me(['supervisor']))).toEqual({ view: true, edit: false, editPolicy: true });
    expect(adminAccess(me(['agent']))).toEqual({ view: false, edit: false, editPolicy: false });
    expect(adminAccess(me(['agent', 'supervisor'])).view).toBe(true);
    expect(adminAccess(me(['platform-admin'], false)).view).toBe(false);
  });
});

describe('servicer board', () => {
  const board: ServicerBoard = {
    assignments: [
      { id: 's1', kind: 'member', memberId: 'm1', departmentId: null, name: 'Ann' },
      { id: 's2', kind: 'department', memberId: null, departmentId: 'd1', name: 'Support' },
    ],
    servicers: [],
  };
  it('labels statuses and loads', () => {
    expect(statusLabel({ status: 'receiving', pauseKind: null })).toBe('Receiving');
    expect(statusLabel({ status: 'paused', pauseKind: 'suspended' })).toBe('Paused (suspended)');
    expect(statusLabel({ status: 'paused', pauseKind: 'stopped' })).toBe('Paused (stopped)');
    expect(loadText(2, 5)).toEqual({ text: '2 / 5 sessions', full: false });
    expect(loadText(1, 1)).toEqual({ text: '1 / 1 session', full: true });
  });
  it('offers only members and departments not assigned yet', () => {
    const m = (id: string) => ({ id, email: `${id}@x`, name: id, roles: ['agent' as const], departmentIds: [], status: 'active' as const });
    expect(assignableMembers([m('m1'), m('m2')], board).map((x) => x.id)).toEqual(['m2']);
    expect(assignableDepartments([{ id: 'd1', name: 'Support' }, { id: 'd2', name: 'Sales' }], board)).toEqual([{ id: 'd2', name: 'Sales' }]);
  });
});

describe('entry point form', () => {
  it('checks scene, name and origins before sending', () => {
    expect(entryErrors({ scene: '', name: '', origins: '' }).scene).toBeDefined();
    expect(entryErrors({ scene: 'home page', name: '', origins: '' }).scene).toContain('letters');
    expect(entryErrors({ scene: 'home', name: 'x'.repeat(121), origins: '' }).name).toBeDefined();
    expect(entryErrors({ scene: 'home', name: '', origins: 'shop.example.com' }).allowedOrigins).toContain('https://');
    expect(entryErrors({ scene: 'home', name: '', origins: 'https://shop.example.com' })).toEqual({});
  });
  it('builds the request and round-trips an entry', () => {
    expect(entryFromDraft({ scene: ' home ', name: '', origins: 'https://Shop.example.com/\n' })).toEqual({
      scene: 'home',
      name: 'home',
      allowedOrigins: ['https://shop.example.com'],
    });
    expect(draftFromEntry()).toEqual({ scene: '', name: '', origins: '' });
  });
  it('uses same-origin paths for QR codes and the preview', () => {
    const p = entryPaths('abc');
    expect(p.chat).toBe('/c/abc');
    expect(p.preview).toBe('/c/abc?preview=1');
    expect(p.qrPng(1024)).toBe('/api/v1/visitor/entry/abc/qr.png?size=1024');
    expect(p.qrSvg).toBe('/api/v1/visitor/entry/abc/qr.svg');
    expect(qrFileName('spring sale/2025', 'svg')).toBe('qr-spring-sale-2025.svg');
  });
});

describe('avatars', () => {
  it('takes PNG, JPEG and WebP up to 2 MiB', () => {
    expect(avatarError({ type: 'image/png', size: 100 })).toBeUndefined();
    expect(avatarError({ type: 'image/gif', size: 100 })).toContain('PNG');
    expect(avatarError({ type: 'image/webp', size: 2 * 1024 * 1024 + 1 })).toContain('2 MiB');
    expect(avatarError({ type: 'image/jpeg', size: 0 })).toBeDefined();
  });
  it('shows signed file links from this server whatever host the API named', () => {
    expect(sameOriginFileUrl('http://localhost:8080/api/v1/files/t/a?exp=1&sig=x')).toBe('/api/v1/files/t/a?exp=1&sig=x');
    expect(sameOriginFileUrl('https://cdn.example/avatar.png')).toBe('https://cdn.example/avatar.png');
    expect(sameOriginFileUrl(null)).toBeNull();
  });
  it('makes initials', () => {
    expect(initials('Sales desk')).toBe('SD');
    expect(initials('  émile ')).toBe('É');
  });
});

describe('time zones', () => {
  it('groups by region with the general ones first', () => {
    expect(groupTimeZones(['UTC', 'Europe/Berlin', 'Asia/Tokyo', 'Europe/Paris'])).toEqual([
      ['General', ['UTC']],
      ['Europe', ['Europe/Berlin', 'Europe/Paris']],
      ['Asia', ['Asia/Tokyo']],
    ]);
  });
});
