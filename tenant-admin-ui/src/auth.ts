/**
 * Sign-in state. Tokens live in sessionStorage (per tab, gone when the tab closes).
 * builtin mode: the backend's /api/v1/auth/{login,refresh,logout}.
 * keycloak mode: OIDC authorization code + PKCE against the realm's endpoints.
 */
import { jsonRequest } from './http';
import { codeChallenge, randomString } from './pkce';
import { problemFromResponse, toProblem } from './problem';
import type { AuthConfig, TokenResponse } from './types';

const TOKENS_KEY = 'frontdesk.tokens';
const PKCE_KEY = 'frontdesk.pkce';

let config: AuthConfig = { mode: 'builtin' };
let refreshing: Promise<boolean> | null = null;

export async function loadConfig(): Promise<AuthConfig> {
  config = await jsonRequest<AuthConfig>('GET', '/api/v1/auth/config');
  return config;
}

export function getConfig(): AuthConfig {
  return config;
}

function readTokens(): TokenResponse | null {
  const raw = sessionStorage.getItem(TOKENS_KEY);
  return raw ? (JSON.parse(raw) as TokenResponse) : null;
}

function storeTokens(t: TokenResponse): void {
  sessionStorage.setItem(TOKENS_KEY, JSON.stringify(t));
}

export function clearTokens(): void {
  sessionStorage.removeItem(TOKENS_KEY);
}

export function accessToken(): string | null {
  return readTokens()?.access_token ?? null;
}

export function hasSession(): boolean {
  return accessToken() !== null;
}

// ---- builtin mode -------------------------------------------------------

export async function loginBuiltin(tenant: string, email: string, password: string): Promise<void> {
  const body: Record<string, string> = { email, password };
  if (tenant.trim()) body.tenant = tenant.trim();
  storeTokens(await jsonRequest<TokenResponse>('POST', '/api/v1/auth/login', body));
}

// ---- keycloak mode ------------------------------------------------------

function realmUrl(): string {
  const kc = config.keycloak;
  if (!kc) throw new Error('Keycloak is not configured');
  return `${kc.url.replace(/\/+$/, '')}/realms/${encodeURIComponent(kc.realm)}/protocol/openid-connect`;
}

function redirectUri(): string {
  return location.origin + '/';
}

/** Sends the browser to Keycloak's login page. */
export async function startKeycloakLogin(loginHint?: string): Promise<void> {
  const verifier = randomString(32);
  const state = randomString(16);
  sessionStorage.setItem(PKCE_KEY, JSON.stringify({ verifier, state }));
  const params = new URLSearchParams({
    client_id: config.keycloak!.clientId,
    response_type: 'code',
    scope: 'openid',
    redirect_uri: redirectUri(),
    state,
    code_challenge: await codeChallenge(verifier),
    code_challenge_method: 'S256',
  });
  if (loginHint) params.set('login_hint', loginHint);
  location.assign(`${realmUrl()}/auth?${params}`);
}

async function tokenEndpoint(form: Record<string, string>): Promise<TokenResponse> {
  let res: Response;
  try {
    res = await fetch(`${realmUrl()}/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form),
    });
  } catch (e) {
    throw toProblem(e);
  }
  if (!res.ok) throw await problemFromResponse(res);
  return (await res.json()) as TokenResponse;
}

/**
 * At startup: if Keycloak sent us back with ?code=&state= (or ?error=), finish the login
 * and clean the URL. Returns true when tokens were stored.
 */
export async function completeKeycloakLogin(): Promise<boolean> {
  const params = new URLSearchParams(location.search);
  const code = params.get('code');
  const error = params.get('error');
  if (!code && !error) return false;
  const saved = sessionStorage.getItem(PKCE_KEY);
  sessionStorage.removeItem(PKCE_KEY);
  history.replaceState(null, '', location.pathname + (location.hash || '#/org'));
  if (error) throw new Error(params.get('error_description') || error);
  const { verifier, state } = saved ? JSON.parse(saved) : ({} as Record<string, string>);
  if (!verifier || state !== params.get('state')) throw new Error('The sign-in response did not match this browser tab. Please sign in again.');
  storeTokens(
    await tokenEndpoint({
      grant_type: 'authorization_code',
      code: code!,
      code_verifier: verifier,
      client_id: config.keycloak!.clientId,
      redirect_uri: redirectUri(),
    }),
  );
  return true;
}

// ---- both modes ---------------------------------------------------------

/** Tries once to get a new access token. Concurrent callers share one attempt. */
export function refresh(): Promise<boolean> {
  refreshing ??= doRefresh().finally(() => (refreshing = null));
  return refreshing;
}

async function doRefresh(): Promise<boolean> {
  const old = readTokens();
  if (!old?.refresh_token) return false;
  try {
    const fresh =
      config.mode === 'keycloak'
        ? await tokenEndpoint({ grant_type: 'refresh_token', refresh_token: old.refresh_token, client_id: config.keycloak!.clientId })
        : await jsonRequest<TokenResponse>('POST', '/api/v1/auth/refresh', { refresh_token: old.refresh_token });
    // Keycloak may omit id_token on refresh; keep the old one for the logout hint.
    storeTokens({ ...fresh, id_token: fresh.id_token ?? old.id_token });
    return true;
  } catch {
    clearTokens();
    return false;
  }
}

/** Signs out. In keycloak mode the browser leaves for Keycloak's logout page and comes back to "/". */
export async function signOut(): Promise<void> {
  const tokens = readTokens();
  clearTokens();
  if (config.mode === 'keycloak' && config.keycloak) {
    const params = new URLSearchParams({ client_id: config.keycloak.clientId, post_logout_redirect_uri: redirectUri() });
    if (tokens?.id_token) params.set('id_token_hint', tokens.id_token);
    location.assign(`${realmUrl()}/logout?${params}`);
    return;
  }
  if (tokens?.refresh_token) {
    try {
      await jsonRequest<void>('POST', '/api/v1/auth/logout', { refresh_token: tokens.refresh_token });
    } catch {
      // The local session is gone either way.
    }
  }
}
