import { useState } from 'react';
import { ErrorBanner } from '../components/ErrorBanner';
import { toProblem, type ProblemError } from '../problem';
import { contactHref, leftThrough, leftMessagesApi, type LeftMessage } from './leftMessages';
import { useNow } from './useNow';
import { formatStamp } from './waiting';

function Item({ m, now, onHandled }: { m: LeftMessage; now: number; onHandled: (e: ProblemError | null) => void }) {
  const [busy, setBusy] = useState(false);
  const href = contactHref(m.contact);
  async function handled() {
    setBusy(true);
    try {
      await leftMessagesApi.markHandled(m.id);
      onHandled(null);
    } catch (e) {
      onHandled(toProblem(e));
      setBusy(false);
    }
  }
  return (
    <li className="left-message" data-testid="left-message">
      <div className="left-message-head">
        <strong>{m.name}</strong>
        {href ? <a href={href}>{m.contact}</a> : <span>{m.contact}</span>}
        <span className="muted">
          {formatStamp(m.createdAt, now)} · {m.accountName ?? 'a CS account'} · {leftThrough(m)}
        </span>
      </div>
      <p className="left-message-text">{m.text}</p>
      <button type="button" className="secondary small" disabled={busy} onClick={() => void handled()}>
        Mark handled
      </button>
    </li>
  );
}

/**
 * Messages visitors left while the company's plan allowed no new conversation: staff answer them by email or
 * phone, then mark them handled.
 */
export function LeftMessagesPanel({ messages, onChanged }: { messages: LeftMessage[] | null; onChanged: () => void }) {
  const now = useNow(30_000);
  const [problem, setProblem] = useState<ProblemError | null>(null);
  return (
    <section className="conversation left-messages" aria-labelledby="left-messages-title">
      <div className="left-messages-body">
        <h2 id="left-messages-title">Messages left</h2>
        <p className="muted">
          Visitors leave these when no new chat can start because the plan's conversation limit is reached. Answer
          them by email or phone, then mark them handled.
        </p>
        <ErrorBanner problem={problem} />
        {messages === null ? (
          <p className="muted">Loading…</p>
        ) : messages.length === 0 ? (
          <p className="muted" data-testid="no-left-messages">No messages are waiting.</p>
        ) : (
          <ul className="left-message-list">
            {messages.map((m) => (
              <Item key={m.id} m={m} now={now} onHandled={(e) => { setProblem(e); onChanged(); }} />
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
