/** Messages visitors left while no new conversation could start (the plan's limit): the API and its words. */
import { authed } from '../api';

export interface LeftMessage {
  id: string;
  accountId: string;
  accountName: string | null;
  entryPointId: string | null;
  sceneParam: string | null;
  /** The channel it came through (email…); null from the chat widget. */
  channel: string | null;
  customerId: string | null;
  name: string;
  contact: string;
  text: string;
  createdAt: string;
  handledAt: string | null;
  handledBy: string | null;
}

export const leftMessagesApi = {
  open: () => authed<LeftMessage[]>('GET', '/api/v1/left-messages?handled=false'),
  markHandled: (messageId: string) =>
    authed<LeftMessage>('POST', `/api/v1/left-messages/${encodeURIComponent(messageId)}/handled`),
};

/** The server lists at most this many: past it the badge says "500+". */
export const LIST_CAP = 500;

export function badgeText(count: number): string {
  return count >= LIST_CAP ? `${LIST_CAP}+` : String(count);
}

/** A link to answer on: mailto for an email address, tel for a phone number, none for anything else. */
export function contactHref(contact: string): string | null {
  const c = contact.trim();
  if (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(c)) return `mailto:${c}`;
  const digits = c.replace(/[^\d+]/g, '');
  return /^\+?\d{6,20}$/.test(digits) ? `tel:${digits}` : null;
}

/** Where it was left: "Web site chat" (with its scene parameter) or the channel's name. */
export function leftThrough(m: Pick<LeftMessage, 'channel' | 'sceneParam'>): string {
  if (m.channel) return `by ${m.channel}`;
  return m.sceneParam ? `in the chat (${m.sceneParam})` : 'in the chat';
}
