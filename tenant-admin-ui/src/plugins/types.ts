/** The plugin API's JSON (see plugin-api.md): what the platform admin, tenant admins and the knowledge base read. */

export type ExtensionPoint = 'assistant' | 'channel' | 'payment' | 'http';

export interface Permissions {
  hosts?: string[];
  storageMb?: number;
}

export interface PluginFailures {
  calls: number;
  failures: number;
  timeouts: number;
  lastFailure: string | null;
  lastFailureAt: string | null;
}

/** An installed plugin as the platform admin sees it. */
export interface PlatformPlugin {
  id: string;
  version: string;
  name: string;
  vendor: string;
  description: string;
  state: 'active' | 'disabled' | 'failed';
  error: string | null;
  signer: string; // "CN=…" or "unsigned"
  sha256: string;
  spi: string;
  extensionPoints: ExtensionPoint[];
  permissions: Permissions;
  bundled: boolean;
  installedAt: string;
  updatedAt: string;
  failures: PluginFailures;
  suspendedTenants: number;
  enabledTenants: number;
}

export interface TrustedCertificate {
  subject: string;
  sha256: string;
  notAfter: string;
}

export interface PluginTrust {
  allowUnsigned: boolean;
  certificates: TrustedCertificate[];
}

/** One property of a plugin's configSchema: the subset the host accepts (ConfigSchema.java). */
export interface SchemaProperty {
  type?: 'string' | 'integer' | 'number' | 'boolean' | 'array';
  title?: string;
  description?: string;
  default?: unknown;
  enum?: string[];
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: 'email' | 'uri' | 'hostname' | 'password' | 'textarea';
  minimum?: number;
  maximum?: number;
  writeOnly?: boolean;
  items?: { type?: string };
  maxItems?: number;
}

export interface ConfigSchema {
  type?: 'object';
  title?: string;
  description?: string;
  properties?: Record<string, SchemaProperty>;
  required?: string[];
}

export type ConfigValue = string | number | boolean | string[] | null;
export type Config = Record<string, ConfigValue>;

/** A tenant's (accountId null) or one CS account's settings for a plugin. */
export interface Binding {
  accountId: string | null;
  enabled: boolean;
  config: Config;
  secretsSet: string[];
  suspended: { reason: string; at: string } | null;
  updatedAt: string;
}

/** An active plugin as a tenant admin sees it, with the company's and the accounts' bindings. */
export interface TenantPlugin {
  id: string;
  name: string;
  vendor: string;
  description: string;
  version: string;
  extensionPoints: ExtensionPoint[];
  configSchema: ConfigSchema;
  permissions: Permissions;
  tenant: Binding | null;
  accounts: Binding[];
}
