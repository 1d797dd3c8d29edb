import { expect, it } from 'vitest';
import { buildTimeline, canRecall, linkify, receipt } from './timeline';
import { message } from './testData';

const note = (id: string, sessionId: string, at: string) => ({ id, sessionId, author: { id: 'me', name: 'Me' }, text: id, createdAt: at });

it('orders sessions oldest first, notes between messages by time, pending last', () => {
  const items = buildTimeline(
    [
      { sessionId: 'now', createdAt: '2025-01-02T10:00:00Z', messages: [message('now', 1)], notes: [note('n2', 'now', '2025-01-05T00:00:00Z')] },
      {
        sessionId: 'old',
        createdAt: '2025-01-01T09:00:00Z',
        messages: [message('old', 1), message('old', 2)],
        notes: [note('n1', 'old', '2025-01-01T10:00:01.5Z')],
      },
    ],
    'now',
    [{ clientMsgId: 'c1', sessionId: 'now', type: 'text', content: { text: 'x' }, createdAt: '2025-01-05T00:00:01Z' }],
  );
  expect(items.map((i) => i.key)).toEqual(['d-old', 'm-old-m1', 'n-n1', 'm-old-m2', 'd-now', 'm-now-m1', 'n-n2', 'p-c1']);
  expect(items.filter((i) => i.kind === 'divider').map((i) => i.kind === 'divider' && i.current)).toEqual([false, true]);
});

it('lets agents recall only their own messages within two minutes', () => {
  const mine = message('a', 1, { sender: { type: 'servicer', id: 'me', name: 'Me' } });
  const sent = Date.parse(mine.createdAt);
  expect(canRecall(mine, 'me', sent + 119_000)).toBe(true);
  expect(canRecall(mine, 'me', sent + 121_000)).toBe(false);
  expect(canRecall(mine, 'other', sent)).toBe(false);
  expect(canRecall({ ...mine, recalledAt: mine.createdAt }, 'me', sent)).toBe(false);
  expect(canRecall(message('a', 2), 'me', sent)).toBe(false);
});

it('shows read for business messages up to the customer read seq', () => {
  const business = (seq: number) => message('a', seq, { sender: { type: 'servicer', id: 'me', name: 'Me' } });
  expect(receipt(business(3), 3)).toBe('read');
  expect(receipt(business(4), 3)).toBe('sent');
  expect(receipt(business(1), undefined)).toBe('sent');
  expect(receipt(message('a', 1), 9)).toBeNull();
});

it('finds links in text without swallowing punctuation', () => {
  expect(linkify('see https://example.com/a?b=1. ok')).toEqual([{ text: 'see ' }, { url: 'https://example.com/a?b=1' }, { text: '. ok' }]);
  expect(linkify('(http://x.y/z)')).toEqual([{ text: '(' }, { url: 'http://x.y/z' }, { text: ')' }]);
  expect(linkify('no links <b>here</b>')).toEqual([{ text: 'no links <b>here</b>' }]);
  expect(linkify('javascript:alert(1)')).toEqual([{ text: 'javascript:alert(1)' }]);
});
