import { useLayoutEffect, useRef } from 'react';
import { MessageBody } from './MessageBody';
import { canRecall, receipt, type TimelineItem } from './timeline';
import type { MessageView, PendingMessage } from './types';
import { formatStamp } from './waiting';
import { RichText } from './MessageBody';

interface Props {
  items: TimelineItem[];
  memberId: string | null;
  /** Undefined on servers without read receipts: then none are shown. */
  customerReadSeq: number | undefined;
  now: number;
  typing: boolean;
  dividerLabel: (sessionId: string, current: boolean, at: string) => string;
  onRecall: (m: MessageView) => void;
  onRetry: (p: PendingMessage) => void;
  onDiscard: (p: PendingMessage) => void;
}

function side(type: string): 'in' | 'out' | 'system' {
  if (type === 'customer') return 'in';
  if (type === 'system') return 'system';
  return 'out';
}

/**
 * Messages and notes in order. Stays at the bottom as messages arrive if the agent was there, and keeps the
 * agent's place when earlier sessions are put on top.
 */
export function Timeline(props: Props) {
  const { items, now } = props;
  const box = useRef<HTMLDivElement>(null);
  const last = useRef({ firstKey: '', height: 0, atBottom: true });

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const firstKey = items[0]?.key ?? '';
    if (last.current.firstKey && firstKey !== last.current.firstKey && !last.current.atBottom) {
      el.scrollTop += el.scrollHeight - last.current.height; // earlier history went in above
    } else if (last.current.atBottom) {
      el.scrollTop = el.scrollHeight;
    }
    last.current = { ...last.current, firstKey, height: el.scrollHeight };
  }, [items, props.typing]);

  return (
    <div
      className="timeline"
      ref={box}
      data-testid="timeline"
      aria-live="polite"
      onScroll={(e) => {
        const el = e.currentTarget;
        last.current.atBottom = el.scrollHeight - el.scrollTop - el.clientHeight < 40;
        last.current.height = el.scrollHeight;
      }}
    >
      {items.map((item) => {
        switch (item.kind) {
          case 'divider':
            return (
              <div key={item.key} className="divider" role="separator">
                <span>{props.dividerLabel(item.sessionId, item.current, item.at)}</span>
              </div>
            );
          case 'note':
            return (
              <div key={item.key} className="note" data-testid="note">
                <div className="note-head">
                  <strong>Internal note</strong> · {item.note.author.name} · {formatStamp(item.note.createdAt, now)}
                </div>
                <RichText text={item.note.text} />
              </div>
            );
          case 'pending': {
            const p = item.pending;
            return (
              <div key={item.key} className="msg out pending" data-testid="message">
                <div className="bubble">
                  <MessageBody message={{ type: p.type, content: p.content, recalledAt: null }} />
                </div>
                <div className="msg-foot">
                  {p.error ? (
                    <>
                      <span className="field-error">Not sent: {p.error}</span>{' '}
                      <button type="button" className="link" onClick={() => props.onRetry(p)}>
                        Retry
                      </button>{' '}
                      <button type="button" className="link" onClick={() => props.onDiscard(p)}>
                        Discard
                      </button>
                    </>
                  ) : (
                    'Sending…'
                  )}
                </div>
              </div>
            );
          }
          case 'message': {
            const m = item.message;
            const s = side(m.sender.type);
            const r = props.customerReadSeq === undefined ? null : receipt(m, props.customerReadSeq);
            return (
              <div key={item.key} className={`msg ${s}`} data-testid="message" data-seq={m.seq}>
                <div className="msg-head">
                  <span className="sender">{m.sender.name}</span> <time dateTime={m.createdAt}>{formatStamp(m.createdAt, now)}</time>
                </div>
                <div className={`bubble type-${m.type}`}>
                  <MessageBody message={m} />
                </div>
                <div className="msg-foot">
                  {r && s === 'out' && !m.recalledAt && (
                    <span className={`receipt ${r}`} data-testid="receipt">
                      {r === 'read' ? '✓✓ Read' : '✓ Sent'}
                    </span>
                  )}
                  {canRecall(m, props.memberId, now) && (
                    <button type="button" className="link" onClick={() => props.onRecall(m)}>
                      Recall
                    </button>
                  )}
                </div>
              </div>
            );
          }
        }
      })}
      {props.typing && (
        <div className="typing" data-testid="typing">
          Customer is typing…
        </div>
      )}
    </div>
  );
}
