/** Builders for tests: sessions and messages as the API shows them. */
import type { MessageView, SessionView } from './types';

export function session(id: string, over: Partial<SessionView> = {}): SessionView {
  return {
    id,
    accountId: 'acc-1',
    customerId: `cust-${id}`,
    customerName: `Customer ${id}`,
    customerExternalId: null,
    state: 'human',
    stateCode: 3,
    servicerId: 'me',
    entryPointId: 'ep-1',
    scene: 'website',
    sceneParam: null,
    previousSessionId: null,
    lastSeq: 1,
    queuePosition: null,
    createdAt: '2025-01-01T10:00:00Z',
    lastActivityAt: '2025-01-01T10:00:00Z',
    lastCustomerMessageAt: null,
    closedAt: null,
    ...over,
  };
}

export function message(sessionId: string, seq: number, over: Partial<MessageView> = {}): MessageView {
  return {
    id: `${sessionId}-m${seq}`,
    sessionId,
    customerId: `cust-${sessionId}`,
    seq,
    type: 'text',
    content: { text: `message ${seq}` },
    sender: { type: 'customer', id: `cust-${sessionId}`, name: `Customer ${sessionId}` },
    clientMsgId: null,
    createdAt: new Date(Date.parse('2025-01-01T10:00:00Z') + seq * 1000).toISOString(),
    recalledAt: null,
    ...over,
  };
}
