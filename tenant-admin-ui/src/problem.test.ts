import { expect, it } from 'vitest';
import { ProblemError, problemFromResponse } from './problem';

it('reads an RFC 9457 problem with field errors', async () => {
  const res = new Response(
    JSON.stringify({ type: 'about:blank', title: 'Bad Request', status: 400, detail: 'Some fields are invalid.', errors: [{ field: 'signup.arg0.slug', message: 'taken' }] }),
    { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
  );
  const p = await problemFromResponse(res);
  expect(p).toBeInstanceOf(ProblemError);
  expect(p.detail).toBe('Some fields are invalid.');
  expect(p.fieldErrors()).toEqual({ slug: 'taken' });
});

it('copes with a body that is not JSON', async () => {
  const p = await problemFromResponse(new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
  expect(p.status).toBe(502);
  expect(p.detail).toContain('502');
});

it("reads Keycloak's OAuth error shape", async () => {
  const res = new Response(JSON.stringify({ error: 'invalid_grant', error_description: 'Code not valid' }), { status: 400 });
  expect((await problemFromResponse(res)).detail).toBe('Code not valid');
});

it('keeps errors without a field (a plugin naming CSV lines) apart from field errors', async () => {
  const res = new Response(
    JSON.stringify({ title: 'Unprocessable Content', status: 422, detail: 'Nothing was imported', errors: [{ line: 3, message: 'answer must not be empty' }, { field: 'host', message: 'is required' }, 'junk'] }),
    { status: 422 },
  );
  const p = await problemFromResponse(res);
  expect(p.items).toEqual([{ line: 3, message: 'answer must not be empty' }, { field: 'host', message: 'is required' }]);
  expect(p.errors).toEqual([{ field: 'host', message: 'is required' }]);
  expect(p.fieldErrors()).toEqual({ host: 'is required' });
});

it('reads the quota member of a 402 quota-exceeded problem', async () => {
  const res = new Response(
    JSON.stringify({
      type: 'https://frontdesk.dev/problems/quota-exceeded', title: 'Quota exceeded', status: 402,
      detail: 'The Free plan allows 1 CS accounts and you have 1. The Team plan allows more.',
      quota: { limit: 'accounts', used: 1, allowed: 1, plan: 'free', upgradeTo: 'team' },
    }),
    { status: 402 },
  );
  const p = await problemFromResponse(res);
  expect(p.status).toBe(402);
  expect(p.quota).toEqual({ limit: 'accounts', used: 1, allowed: 1, plan: 'free', upgradeTo: 'team' });
  const none = await problemFromResponse(new Response(JSON.stringify({ title: 'x', quota: { limit: 'seats', used: 2, allowed: 2, plan: 'business', upgradeTo: null } }), { status: 402 }));
  expect(none.quota?.upgradeTo).toBeNull();
  expect((await problemFromResponse(new Response(JSON.stringify({ title: 'Bad' }), { status: 400 }))).quota).toBeNull();
});
