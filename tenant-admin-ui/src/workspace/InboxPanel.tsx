import { useState } from 'react';
import { toProblem } from '../problem';
import { navigate } from '../router';
import { selectSessions, tabCounts, waitingSince, type SessionEntry, type StateFilter, type Tab } from './inbox';
import { STATE_NAMES, type AccountSummary } from './types';
import { useNow } from './useNow';
import { customerLabel, stateLabel } from './labels';
import { formatStamp, waitedSince } from './waiting';
import type { Workspace } from './useWorkspace';
import { workspaceApi } from './workspaceApi';

const TAB_LABELS: Record<Tab, string> = { mine: 'Mine', queue: 'Queue', all: 'All' };

function Row({
  entry,
  active,
  accountName,
  tab,
  now,
  onClaimed,
}: {
  entry: SessionEntry;
  active: boolean;
  accountName?: string;
  tab: Tab;
  now: number;
  onClaimed: (error: string | null) => void;
}) {
  const v = entry.view;
  const [claiming, setClaiming] = useState(false);
  const typing = entry.customerTypingAt !== undefined && now - entry.customerTypingAt < 5000;
  async function claim() {
    setClaiming(true);
    try {
      await workspaceApi.claim(v.id);
      onClaimed(null);
      navigate(`/workspace/${v.id}`);
    } catch (e) {
      onClaimed(toProblem(e).detail);
    } finally {
      setClaiming(false);
    }
  }
  return (
    <li className={`inbox-row${active ? ' active' : ''}${entry.unread ? ' unread' : ''}`} data-session-id={v.id}>
      <a href={`#/workspace/${v.id}`} className="inbox-open" aria-current={active ? 'true' : undefined}>
        <span className="inbox-line">
          <strong className="inbox-name">{customerLabel(v)}</strong>
          <span className="inbox-time">
            {v.state === 'queued' ? `waiting ${waitedSince(waitingSince(v), now)}` : formatStamp(v.lastActivityAt, now)}
          </span>
        </span>
        <span className="inbox-line">
          <span className="inbox-preview">{typing ? <em>typing…</em> : (entry.preview?.text ?? v.scene ?? '')}</span>
          {entry.unread > 0 && (
            <span className="unread-badge" aria-label={`${entry.unread} unread`} data-testid="unread">
              {entry.unread}
            </span>
          )}
        </span>
        <span className="inbox-meta">
          {accountName && <span>{accountName}</span>}
          {tab !== 'mine' && <span className={`state-badge ${v.state}`}>{stateLabel(v.state)}</span>}
          {v.queuePosition != null && <span>#{v.queuePosition} in queue</span>}
        </span>
      </a>
      {(v.state === 'queued' || v.state === 'new') && (
        <button type="button" className="secondary small" onClick={() => void claim()} disabled={claiming}>
          Claim
        </button>
      )}
    </li>
  );
}

export function InboxPanel({ ws, accounts }: { ws: Workspace; accounts: AccountSummary[] }) {
  const now = useNow(1000);
  const [claimError, setClaimError] = useState<string | null>(null);
  const { filter, setFilter, state } = ws;
  const tabs: Tab[] = ws.supervises ? ['mine', 'queue', 'all'] : ['mine', 'queue'];
  const counts = tabCounts(state, filter.accountId);
  const list = selectSessions(state, filter);
  return (
    <aside className="inbox" aria-label="Inbox">
      <div className="inbox-tabs" role="tablist">
        {tabs.map((tab) => (
          <button
            key={tab}
            type="button"
            role="tab"
            aria-selected={filter.tab === tab}
            className={filter.tab === tab ? 'tab active' : 'tab'}
            data-testid={`tab-${tab}`}
            onClick={() => setFilter({ ...filter, tab })}
          >
            {TAB_LABELS[tab]} <span className="count">{counts[tab].count}</span>
            {counts[tab].unread > 0 && <span className="unread-dot" aria-label={`${counts[tab].unread} unread`} />}
          </button>
        ))}
      </div>
      <div className="inbox-filters">
        {accounts.length > 1 && (
          <select
            aria-label="Account"
            value={filter.accountId}
            onChange={(e) => setFilter({ ...filter, accountId: e.target.value })}
          >
            <option value="">All accounts</option>
            {accounts.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        )}
        {filter.tab === 'all' && (
          <select
            aria-label="State"
            value={filter.state}
            onChange={(e) => setFilter({ ...filter, state: e.target.value as StateFilter })}
          >
            <option value="open">Open</option>
            <option value="any">Any state</option>
            {STATE_NAMES.map((s) => (
              <option key={s} value={s}>
                {stateLabel(s)}
              </option>
            ))}
          </select>
        )}
      </div>
      {claimError && (
        <p className="field-error" role="alert">
          {claimError}
        </p>
      )}
      {list.length === 0 ? (
        <p className="muted inbox-empty">
          {filter.tab === 'mine' ? 'No conversations assigned to you.' : filter.tab === 'queue' ? 'Nobody is waiting.' : 'No sessions.'}
        </p>
      ) : (
        <ul className="inbox-list" data-testid="inbox-list">
          {list.map((entry) => (
            <Row
              key={entry.view.id}
              entry={entry}
              active={entry.view.id === state.activeId}
              accountName={accounts.length > 1 ? ws.accountNames[entry.view.accountId] : undefined}
              tab={filter.tab}
              now={now}
              onClaimed={setClaimError}
            />
          ))}
        </ul>
      )}
    </aside>
  );
}
