import { ErrorBanner } from '../../components/ErrorBanner';
import { useSubmit } from '../../useSubmit';
import { platformPluginApi } from '../api';
import { extensionLabel, failureSummary, formatDate, tenantsSummary, UNSIGNED } from '../plugins';
import type { PlatformPlugin } from '../types';

const STATE_LABELS = { active: 'Active', disabled: 'Disabled', failed: 'Failed' } as const;

/** One installed plugin: identity, signer, health, use by companies, and disable / enable / remove. */
export function PlatformPluginCard({
  plugin: p,
  onChanged,
  onRemoved,
}: {
  plugin: PlatformPlugin;
  onChanged: (p: PlatformPlugin) => void;
  onRemoved: () => void;
}) {
  const action = useSubmit();
  const unsigned = p.signer === UNSIGNED;
  const headingId = `plugin-${p.id}-name`;

  async function toggle() {
    await action.run(async () => onChanged(await (p.state === 'disabled' ? platformPluginApi.enable(p.id) : platformPluginApi.disable(p.id))));
  }

  async function remove() {
    const question =
      `Remove the plugin "${p.name}" (${p.id} ${p.version})? It stops at once for every company. ` +
      'Their settings and stored data are kept, and come back if you install it again.';
    if (!window.confirm(question)) return;
    const ok = await action.run(() => platformPluginApi.remove(p.id));
    if (ok) onRemoved();
  }

  return (
    <article className="card plugin-card" aria-labelledby={headingId} data-testid={`plugin-${p.id}`}>
      <div className="card-head">
        <h3 id={headingId}>
          {p.name} <span className="version">{p.version}</span>
        </h3>
        <span className="badges">
          {p.bundled && <span className="badge kind">Bundled</span>}
          <span className={`badge state-${p.state}`} data-testid="plugin-state">
            {STATE_LABELS[p.state] ?? p.state}
          </span>
        </span>
      </div>
      {p.description && <p className="description">{p.description}</p>}
      {p.state === 'failed' && p.error && <p className="error-banner">Failed to load: {p.error}</p>}
      <dl className="facts">
        <dt>Id</dt>
        <dd className="code">{p.id}</dd>
        <dt>Vendor</dt>
        <dd>{p.vendor || '—'}</dd>
        <dt>Signer</dt>
        <dd>{unsigned ? <span className="badge unsigned" data-testid="unsigned">Unsigned</span> : <span className="wrap">{p.signer}</span>}</dd>
        <dt>Extends</dt>
        <dd>
          {p.extensionPoints.length ? (
            <span className="chips">
              {p.extensionPoints.map((x) => (
                <span key={x} className="chip">
                  {extensionLabel(x)}
                </span>
              ))}
            </span>
          ) : (
            '—'
          )}
        </dd>
        <dt>Calls</dt>
        <dd>
          {failureSummary(p.failures)}
          {p.failures.lastFailure && (
            <span className="last-failure">
              Last failure{p.failures.lastFailureAt ? ` (${formatDate(p.failures.lastFailureAt)})` : ''}: {p.failures.lastFailure}
            </span>
          )}
        </dd>
        <dt>Companies</dt>
        <dd className={p.suspendedTenants ? 'warn' : undefined}>{tenantsSummary(p)}</dd>
        <dt>Updated</dt>
        <dd>
          {formatDate(p.updatedAt)}
          {p.installedAt && p.installedAt !== p.updatedAt ? ` (installed ${formatDate(p.installedAt)})` : ''}
        </dd>
        <dt>SHA-256</dt>
        <dd className="code wrap">{p.sha256}</dd>
      </dl>
      <ErrorBanner problem={action.problem} />
      <div className="actions">
        <button type="button" className="secondary" onClick={() => void toggle()} disabled={action.busy}>
          {p.state === 'disabled' ? 'Enable' : 'Disable'}
        </button>
        <button type="button" className="danger" onClick={() => void remove()} disabled={action.busy}>
          Remove
        </button>
      </div>
    </article>
  );
}
