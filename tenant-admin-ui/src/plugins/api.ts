/** Calls of the plugin pages: the platform's plugin management, tenants' bindings and the knowledge base. */
import { authed, authedBlob } from '../api';
import type { KnowledgeEntry, EntryList, ImportResult, TryResult } from './knowledge';
import type { Binding, Config, PlatformPlugin, PluginTrust, TenantPlugin } from './types';

const id = encodeURIComponent;
const forAccount = (accountId: string | null) => (accountId ? `?account=${id(accountId)}` : '');

export const platformPluginApi = {
  list: () => authed<PlatformPlugin[]>('GET', '/api/v1/platform/plugins'),
  trust: () => authed<PluginTrust>('GET', '/api/v1/platform/plugins/trust'),
  /** Installs or upgrades from a jar: 201 for a new id, 200 for an upgrade; 422/409 come back as ProblemError. */
  install: (jar: File) => {
    const form = new FormData();
    form.append('file', jar, jar.name);
    return authed<PlatformPlugin>('POST', '/api/v1/platform/plugins', form);
  },
  disable: (pluginId: string) => authed<PlatformPlugin>('POST', `/api/v1/platform/plugins/${id(pluginId)}/disable`),
  enable: (pluginId: string) => authed<PlatformPlugin>('POST', `/api/v1/platform/plugins/${id(pluginId)}/enable`),
  remove: (pluginId: string) => authed<void>('DELETE', `/api/v1/platform/plugins/${id(pluginId)}`),
};

export const pluginApi = {
  list: () => authed<TenantPlugin[]>('GET', '/api/v1/plugins'),
  /** Saves the company's (accountId null) or an account's settings; creates the binding, disabled, if new. */
  saveConfig: (pluginId: string, accountId: string | null, config: Config) =>
    authed<Binding>('PUT', `/api/v1/plugins/${id(pluginId)}/config${forAccount(accountId)}`, config),
  setEnabled: (pluginId: string, accountId: string | null, enabled: boolean) =>
    authed<Binding>('PUT', `/api/v1/plugins/${id(pluginId)}/enabled${forAccount(accountId)}`, { enabled }),
  /** The account goes back to the company-wide settings. */
  dropAccount: (pluginId: string, accountId: string) =>
    authed<void>('DELETE', `/api/v1/plugins/${id(pluginId)}/config${forAccount(accountId)}`),
};

export const KNOWLEDGE_PLUGIN = 'assistant-knowledge';
const kb = `/api/v1/plugins/${KNOWLEDGE_PLUGIN}`;

export const knowledgeApi = {
  entries: (q: string, category: string) => {
    const params = new URLSearchParams();
    if (q.trim()) params.set('q', q.trim());
    if (category) params.set('category', category);
    if (q.trim()) params.set('limit', '100');
    const query = params.toString();
    return authed<EntryList>('GET', `${kb}/entries${query ? `?${query}` : ''}`);
  },
  create: (e: Omit<KnowledgeEntry, 'id'>) => authed<KnowledgeEntry>('POST', `${kb}/entries`, e),
  update: (e: KnowledgeEntry) => authed<KnowledgeEntry>('PUT', `${kb}/entries/${id(e.id)}`, e),
  remove: (entryId: string) => authed<void>('DELETE', `${kb}/entries/${id(entryId)}`),
  /** The CSV text as the body; `replace` also deletes entries the file lacks. */
  importCsv: (csv: string, replace: boolean) =>
    authed<ImportResult>('POST', `${kb}/import?mode=${replace ? 'replace' : 'merge'}`, new Blob([csv], { type: 'text/csv' })),
  exportCsv: () => authedBlob(`${kb}/export`),
  tryQuestion: (question: string) => authed<TryResult>('POST', `${kb}/try`, { question }),
};
