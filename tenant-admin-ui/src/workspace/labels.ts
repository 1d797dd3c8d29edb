/** How sessions and customers are named on screen. */
import type { SessionState, SessionView } from './types';

const STATE_LABELS: Record<SessionState, string> = {
  new: 'New',
  assistant: 'With assistant',
  queued: 'Queued',
  human: 'With an agent',
  closed: 'Closed',
};

export function stateLabel(state: SessionState): string {
  return STATE_LABELS[state] ?? state;
}

/** The customer's name, their own id for identified customers, else "Visitor" and a short id. */
export function customerLabel(v: Pick<SessionView, 'customerName' | 'customerExternalId' | 'customerId'>): string {
  if (v.customerName) return v.customerName;
  if (v.customerExternalId) return v.customerExternalId;
  return v.customerId ? `Visitor ${v.customerId.slice(0, 6)}` : 'Visitor';
}
