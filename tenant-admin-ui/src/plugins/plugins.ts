/** Words and decisions of the plugin pages that need no browser: who sees what, install outcomes, binding states. */
import type { Me } from '../types';
import type { Binding, PlatformPlugin, PluginFailures, TenantPlugin } from './types';

export const UNSIGNED = 'unsigned';

export interface PluginAccess {
  /** Installs, disables and removes plugins for the whole platform. */
  platform: boolean;
  /** Enables and configures plugins for the company, and edits the knowledge base. */
  tenant: boolean;
}

export function pluginAccess(me: Me): PluginAccess {
  return {
    platform: !me.tenant && me.user.roles.includes('platform-admin'),
    tenant: !!me.tenant && me.user.roles.includes('tenant-admin'),
  };
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** What an upload did, judged by whether the id was installed before: "Installed …" or "Upgraded … to 1.2.0". */
export function installOutcome(before: PlatformPlugin[], installed: PlatformPlugin): string {
  const previous = before.find((p) => p.id === installed.id);
  if (!previous) return `Installed ${installed.name} ${installed.version}.`;
  return `Upgraded ${installed.name} to ${installed.version}${previous.version !== installed.version ? ` (was ${previous.version})` : ''}.`;
}

export function failureSummary(f: PluginFailures): string {
  return `${plural(f.calls, 'call')}, ${plural(f.failures, 'failure')}, ${plural(f.timeouts, 'timeout')}`;
}

export function tenantsSummary(p: Pick<PlatformPlugin, 'enabledTenants' | 'suspendedTenants'>): string {
  const enabled = `Enabled by ${plural(p.enabledTenants, 'company', 'companies')}`;
  return p.suspendedTenants ? `${enabled}; suspended for ${p.suspendedTenants}` : enabled;
}

export const EXTENSION_LABELS: Record<string, string> = {
  assistant: 'Assistant',
  channel: 'Channel',
  payment: 'Payment',
  http: 'HTTP endpoints',
};

export function extensionLabel(point: string): string {
  return EXTENSION_LABELS[point] ?? point;
}

/** The permissions a plugin asks for, in words a company admin can weigh. */
export function permissionLines(p: TenantPlugin['permissions'] | undefined): string[] {
  const hosts = p?.hosts ?? [];
  const out = [hosts.length ? `Connects to ${hosts.join(', ')}` : 'Makes no network connections'];
  if (p?.storageMb) out.push(`Stores up to ${p.storageMb} MB of data for your company`);
  return out;
}

/** An account's state for one plugin: its own binding, or the company's it falls back to. */
export function accountStatus(own: Binding | undefined, company: Binding | null): string {
  if (!own) return `Follows the company: ${bindingState(company)}`;
  return `Own settings: ${bindingState(own)}`;
}

export function bindingState(b: Binding | null | undefined): string {
  if (!b) return 'off';
  if (b.suspended) return 'suspended';
  return b.enabled ? 'on' : 'off';
}

/** A timestamp in the browser's locale; what came if it is not one. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString();
}
