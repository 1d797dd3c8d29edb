import { useState } from 'react';
import type { Account } from '../../admin/types';
import { KNOWLEDGE_PLUGIN } from '../api';
import { accountStatus, bindingState, extensionLabel, permissionLines } from '../plugins';
import type { Binding, TenantPlugin } from '../types';
import { BindingEditor } from './BindingEditor';

interface Props {
  plugin: TenantPlugin;
  accounts: Account[];
  onBinding: (binding: Binding) => void;
  onAccountDropped: (accountId: string) => void;
}

/** One plugin for a company: what it is and may do, its company-wide settings, and each CS account's. */
export function TenantPluginCard({ plugin: p, accounts, onBinding, onAccountDropped }: Props) {
  const [open, setOpen] = useState<string | null>(null);
  const headingId = `tenant-plugin-${p.id}-name`;
  const state = bindingState(p.tenant);
  const own = (accountId: string) => p.accounts.find((b) => b.accountId === accountId);

  return (
    <article className="card plugin-card" aria-labelledby={headingId} data-testid={`tenant-plugin-${p.id}`}>
      <div className="card-head">
        <h3 id={headingId}>
          {p.name} <span className="version">{p.version}</span>
        </h3>
        <span className={`badge binding-${state}`}>{state === 'on' ? 'On' : state === 'suspended' ? 'Suspended' : 'Off'}</span>
      </div>
      {p.vendor && <p className="hint">by {p.vendor}</p>}
      {p.description && <p className="description">{p.description}</p>}
      <div className="chips">
        {p.extensionPoints.map((x) => (
          <span key={x} className="chip">
            {extensionLabel(x)}
          </span>
        ))}
      </div>
      <div className="permissions">
        <h4>It asks to</h4>
        <ul data-testid="permissions">
          {permissionLines(p.permissions).map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      </div>
      {p.id === KNOWLEDGE_PLUGIN && (
        <p>
          <a href="#/knowledge">Edit the knowledge base</a>
        </p>
      )}

      <section className="binding-section" aria-label="For the whole company">
        <h4>For the whole company</h4>
        <BindingEditor plugin={p} accountId={null} binding={p.tenant} onSaved={onBinding} />
      </section>

      <section className="binding-section" aria-label="Per customer-service account">
        <h4>Per customer-service account</h4>
        <p className="hint">Accounts without their own settings follow the company’s.</p>
        {accounts.length === 0 ? (
          <p className="muted">The company has no CS accounts yet.</p>
        ) : (
          <ul className="admin-list account-bindings">
            {accounts.map((a) => {
              const b = own(a.id);
              const expanded = open === a.id;
              return (
                <li key={a.id} data-testid={`account-binding-${a.id}`}>
                  <span className="name">{a.name}</span>
                  <span className="hint">{accountStatus(b, p.tenant)}</span>
                  <button type="button" className="secondary" aria-expanded={expanded} onClick={() => setOpen(expanded ? null : a.id)}>
                    {expanded ? 'Close' : b ? 'Change' : 'Set up for this account'}
                  </button>
                  {expanded && (
                    <div className="account-editor">
                      <BindingEditor
                        plugin={p}
                        accountId={a.id}
                        accountName={a.name}
                        binding={b ?? null}
                        baseConfig={p.tenant?.config}
                        onSaved={onBinding}
                        onDropped={() => {
                          onAccountDropped(a.id);
                          setOpen(null);
                        }}
                      />
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </article>
  );
}
