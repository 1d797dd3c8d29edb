import { useState } from 'react';
import { toProblem } from '../problem';
import type { ServicerStatusView } from './types';
import { workspaceApi } from './workspaceApi';

type PauseKind = 'stopped' | 'suspended';

/**
 * Receiving or paused, for every account the agent serves; the change is saved at once and new sessions
 * follow it. Pausing keeps the sessions the agent has.
 */
export function StatusSwitch({
  status,
  onChange,
}: {
  status: ServicerStatusView | null;
  onChange: (s: ServicerStatusView) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const receiving = status?.status === 'receiving';
  const [pauseKind, setPauseKind] = useState<PauseKind>(status?.pauseKind ?? 'suspended');

  async function save(next: 'receiving' | 'paused', kind: PauseKind) {
    setBusy(true);
    setError(null);
    try {
      onChange(await workspaceApi.setMyStatus(next, kind));
    } catch (e) {
      setError(toProblem(e).detail);
    } finally {
      setBusy(false);
    }
  }

  if (!status) return null;
  return (
    <div className="status-switch">
      <button
        type="button"
        role="switch"
        aria-checked={receiving}
        data-testid="status-switch"
        className={receiving ? 'switch-on' : 'switch-off'}
        disabled={busy}
        onClick={() => void save(receiving ? 'paused' : 'receiving', pauseKind)}
        title={receiving ? 'You get new sessions. Click to pause.' : 'You get no new sessions. Click to receive.'}
      >
        <span className="dot" aria-hidden="true" />
        {receiving ? 'Receiving' : 'Paused'}
      </button>
      {!receiving && (
        <select
          aria-label="Pause kind"
          value={status.pauseKind ?? pauseKind}
          disabled={busy}
          onChange={(e) => {
            const kind = e.target.value as PauseKind;
            setPauseKind(kind);
            void save('paused', kind);
          }}
        >
          <option value="suspended">Away (suspended)</option>
          <option value="stopped">Off duty (stopped)</option>
        </select>
      )}
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
