import { expect, it } from 'vitest';
import { searchCanned, slashQuery } from './cannedSearch';
import type { CannedReply } from './types';

const reply = (id: string, scope: 'tenant' | 'personal', shortcut: string, title: string, text: string): CannedReply => ({
  id,
  scope,
  shortcut,
  title,
  text,
  ownerId: scope === 'personal' ? 'me' : null,
  updatedAt: '2025-01-01T00:00:00Z',
});

const replies = [
  reply('1', 'tenant', 'hello', 'Greeting', 'Hello! How can we help?'),
  reply('2', 'personal', 'hi', 'My greeting', 'Hi, Andy here.'),
  reply('3', 'tenant', 'refund', 'Refund policy', 'Refunds take 5 days.'),
  reply('4', 'tenant', 'ship', 'Delivery times', 'We ship within a day; no refund needed for late parcels.'),
  reply('5', 'personal', 'hours', 'Opening hours', 'We are open 9-18.'),
  reply('6', 'tenant', 'cafe', 'Café address', 'Rue de la Paix 1'),
];

it('reads the "/" query only when the composer holds just the shortcut', () => {
  expect(slashQuery('/')).toBe('');
  expect(slashQuery('/ref')).toBe('ref');
  expect(slashQuery('hello /ref')).toBeNull();
  expect(slashQuery('/ref and more')).toBeNull();
  expect(slashQuery('')).toBeNull();
});

it('ranks exact shortcut, then prefix, then title words, then text', () => {
  expect(searchCanned(replies, 'refund').map((r) => r.id)).toEqual(['3', '4']);
  expect(searchCanned(replies, 'h').map((r) => r.id)).toEqual(['2', '5', '1', '4']);
  expect(searchCanned(replies, 'greet').map((r) => r.id)).toEqual(['2', '1']);
  expect(searchCanned(replies, 'zzz')).toEqual([]);
});

it('ignores case and accents, lists everything for an empty query, personal first', () => {
  expect(searchCanned(replies, 'CAFE').map((r) => r.id)).toEqual(['6']);
  expect(searchCanned(replies, 'café').map((r) => r.id)).toEqual(['6']);
  expect(searchCanned(replies, '').map((r) => r.id)).toEqual(['2', '5', '6', '1', '3', '4']);
  expect(searchCanned(replies, '', 2)).toHaveLength(2);
});
