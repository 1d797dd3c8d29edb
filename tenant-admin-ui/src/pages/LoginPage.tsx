import { useState, type FormEvent } from 'react';
import { getConfig, loginBuiltin, startKeycloakLogin } from '../auth';
import { ErrorBanner } from '../components/ErrorBanner';
import { TextField } from '../components/TextField';
import { useSubmit } from '../useSubmit';
import { collect, requiredError } from '../validation';

export function LoginPage({ onSignedIn, initialError }: { onSignedIn: () => Promise<void>; initialError?: string | null }) {
  const [tenant, setTenant] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { busy, problem, fieldErrors, run } = useSubmit();
  const keycloak = getConfig().mode === 'keycloak';

  async function submit(e: FormEvent) {
    e.preventDefault();
    const clientErrors = collect({ email: requiredError(email, 'Email'), password: requiredError(password, 'Password') });
    await run(async () => {
      await loginBuiltin(tenant, email.trim(), password);
      await onSignedIn();
    }, clientErrors);
  }

  return (
    <main className="auth-page">
      <h1>Sign in</h1>
      {keycloak ? (
        <div className="stack">
          <ErrorBanner problem={problem ?? initialError ?? null} />
          <button type="button" disabled={busy} onClick={() => run(() => startKeycloakLogin())}>
            Sign in with Keycloak
          </button>
        </div>
      ) : (
        <form onSubmit={submit} noValidate aria-label="Sign in">
          <ErrorBanner problem={problem ?? initialError ?? null} />
          <TextField
            id="tenant"
            label="Company"
            value={tenant}
            onChange={(e) => setTenant(e.target.value.toLowerCase())}
            error={fieldErrors.tenant}
            hint="Your company's URL slug. Leave empty if you are the platform administrator."
            autoCapitalize="none"
            spellCheck={false}
            autoComplete="organization"
          />
          <TextField id="email" label="Email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} error={fieldErrors.email} autoComplete="username" required />
          <TextField id="password" label="Password" type="password" value={password} onChange={(e) => setPassword(e.target.value)} error={fieldErrors.password} autoComplete="current-password" required />
          <button type="submit" disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      )}
      <p className="switch">
        New to Frontdesk? <a href="#/signup">Create a company</a>
      </p>
    </main>
  );
}
