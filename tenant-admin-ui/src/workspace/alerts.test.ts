import { expect, it } from 'vitest';
import { alertFor } from './alerts';
import { emptyInbox, inboxReducer, type InboxState } from './inbox';
import { message, session } from './testData';

const base: InboxState = inboxReducer(inboxReducer(emptyInbox, { type: 'ready', memberId: 'me', supervises: true }), {
  type: 'sessions',
  views: [
    session('mine', { lastSeq: 2 }),
    session('others', { servicerId: 'someone', lastSeq: 2 }),
    session('waiting', { state: 'queued', stateCode: 2, servicerId: null, lastSeq: 2 }),
  ],
});

const change = (over: object) => ({
  type: 'session_status_change',
  sessionId: 'x',
  data: { sessionId: 'x', accountId: 'a', customerId: 'c', changeType: 'assigned', fromState: 0, toState: 3, fromServicerId: null, toServicerId: 'me', previousSessionId: null, reason: 'round_robin', ...over },
});

it('alerts on a new customer message in my session, a waiting one or an unknown one', () => {
  expect(alertFor(base, { type: 'message', data: message('mine', 3) })).toMatchObject({ kind: 'message', sessionId: 'mine', body: 'message 3' });
  expect(alertFor(base, { type: 'message', data: message('waiting', 3) })?.kind).toBe('message');
  expect(alertFor(base, { type: 'message', data: message('unknown', 1) })?.kind).toBe('message');
});

it('does not alert on replays, staff messages or other agents\' sessions', () => {
  expect(alertFor(base, { type: 'message', data: message('mine', 2) })).toBeNull();
  expect(alertFor(base, { type: 'message', data: message('mine', 3, { sender: { type: 'servicer', id: 'me', name: 'Me' } }) })).toBeNull();
  expect(alertFor(base, { type: 'message', data: message('others', 3) })).toBeNull();
});

it('alerts when a session comes to me or starts waiting, not when I claimed it', () => {
  expect(alertFor(base, change({}))).toMatchObject({ kind: 'session', body: 'A customer was assigned to you.' });
  expect(alertFor(base, change({ changeType: 'transferred', fromServicerId: 'someone' }))?.body).toBe('A customer was transferred to you.');
  expect(alertFor(base, change({ changeType: 'taken_from_queue', reason: 'claimed' }))).toBeNull();
  expect(alertFor(base, change({ toServicerId: 'someone' }))).toBeNull();
  expect(alertFor(base, change({ changeType: 'queued', toState: 2, toServicerId: null }))?.title).toBe('Customer waiting');
  expect(alertFor(base, { type: 'typing', data: {} })).toBeNull();
});
