/** What the workspace reads from the customer-service API and the agent WebSocket (see the README). */

/** Session states as the API names them; stateCode is WeCom's number (0-4). */
export type SessionState = 'new' | 'assistant' | 'queued' | 'human' | 'closed';

export const STATE_CODES: Record<SessionState, number> = { new: 0, assistant: 1, queued: 2, human: 3, closed: 4 };
export const STATE_NAMES: SessionState[] = ['new', 'assistant', 'queued', 'human', 'closed'];

export interface SessionView {
  id: string;
  accountId: string;
  customerId: string;
  customerName: string | null;
  customerExternalId: string | null;
  state: SessionState;
  stateCode: number;
  servicerId: string | null;
  entryPointId: string | null;
  scene: string | null;
  sceneParam: string | null;
  previousSessionId: string | null;
  lastSeq: number;
  queuePosition: number | null;
  createdAt: string;
  lastActivityAt: string;
  lastCustomerMessageAt: string | null;
  closedAt: string | null;
  // Read receipts and queue time; older servers omit them.
  customerReadSeq?: number;
  staffReadSeq?: number;
  unreadForStaff?: number;
  queuedAt?: string | null;
  /** When the plan's message retention deleted its messages (closed sessions only). */
  messagesPurgedAt?: string | null;
}

export type MessageType =
  | 'text'
  | 'image'
  | 'video'
  | 'voice'
  | 'sticker'
  | 'file'
  | 'location'
  | 'business_card'
  | 'link'
  | 'menu';

export type SenderType = 'customer' | 'servicer' | 'assistant' | 'api' | 'system';

export interface MessageView {
  id: string;
  sessionId: string;
  customerId: string;
  seq: number;
  type: MessageType | string;
  /** Shape depends on type; null once recalled. */
  content: unknown;
  sender: { type: SenderType; id: string | null; name: string };
  clientMsgId: string | null;
  createdAt: string;
  recalledAt: string | null;
}

export interface TextContent {
  text: string;
  menuId?: string | null;
}
export interface MediaContent {
  attachmentId: string;
  name?: string | null;
  contentType?: string | null;
  size?: number | null;
  url?: string | null;
}
export interface LocationContent {
  latitude: number;
  longitude: number;
  name?: string | null;
  address?: string | null;
}
export interface BusinessCardContent {
  name: string;
  title?: string | null;
  company?: string | null;
  phone?: string | null;
  email?: string | null;
}
export interface LinkContent {
  title: string;
  url: string;
  description?: string | null;
  thumbUrl?: string | null;
}
export interface MenuItem {
  type: 'click' | 'view';
  id: string;
  content: string;
  url?: string | null;
}
export interface MenuContent {
  head?: string | null;
  items: MenuItem[];
  tail?: string | null;
}

export interface Note {
  id: string;
  sessionId: string;
  author: { id: string; name: string };
  text: string;
  createdAt: string;
}

export interface CannedReply {
  id: string;
  scope: 'tenant' | 'personal';
  shortcut: string;
  title: string;
  text: string;
  ownerId: string | null;
  updatedAt: string;
}

export interface CustomerSession extends SessionView {
  entryPointName?: string | null;
  accountName?: string | null;
}

export interface CustomerProfile {
  id: string;
  externalId: string | null;
  name: string | null;
  identified: boolean;
  createdAt: string;
  lastSeenAt: string | null;
  sessions: CustomerSession[];
}

export interface ServicerStatusView {
  memberId: string;
  status: 'receiving' | 'paused';
  pauseKind: 'stopped' | 'suspended' | null;
}

export interface AttachmentView {
  id: string;
  kind: string;
  contentType: string;
  size: number;
  name: string;
  url: string;
}

export interface AccountSummary {
  id: string;
  name: string;
  avatarUrl?: string | null;
}

/** A frame from /ws/agent: {type, sessionId?, seq?, eventId?, data}. */
export interface Frame {
  type: string;
  sessionId?: string;
  seq?: number;
  eventId?: number;
  data?: unknown;
}

/** The payload of session_status_change. */
export interface SessionChange {
  sessionId: string;
  accountId: string;
  customerId: string;
  changeType: string;
  fromState: number;
  toState: number;
  fromServicerId: string | null;
  toServicerId: string | null;
  previousSessionId: string | null;
  reason: string | null;
}

/** A reply the agent sent that the server has not confirmed yet (or refused). */
export interface PendingMessage {
  clientMsgId: string;
  sessionId: string;
  type: MessageType;
  content: unknown;
  createdAt: string;
  error?: string;
}
