import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../api';
import { getConfig, loginBuiltin, startKeycloakLogin } from '../auth';
import { ErrorBanner } from '../components/ErrorBanner';
import { TextField } from '../components/TextField';
import { toProblem, type ProblemError } from '../problem';
import type { Invitation } from '../types';
import { useSubmit } from '../useSubmit';
import { collect, passwordError } from '../validation';

export function InvitePage({ token, onSignedIn }: { token: string; onSignedIn: () => Promise<void> }) {
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const [loadProblem, setLoadProblem] = useState<ProblemError | null>(null);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const { busy, problem, fieldErrors, run } = useSubmit();

  useEffect(() => {
    let live = true;
    api.invitation(token).then(
      (inv) => live && setInvitation(inv),
      (e) => live && setLoadProblem(toProblem(e)),
    );
    return () => {
      live = false;
    };
  }, [token]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!invitation) return;
    const clientErrors = collect({
      password: passwordError(password),
      confirm: confirm === password ? undefined : 'The passwords do not match.',
    });
    await run(async () => {
      await api.acceptInvitation(token, password);
      if (getConfig().mode === 'keycloak') {
        await startKeycloakLogin(invitation.email);
      } else {
        await loginBuiltin(invitation.tenant.slug, invitation.email, password);
        await onSignedIn();
      }
    }, clientErrors);
  }

  return (
    <main className="auth-page">
      <h1>Join your team</h1>
      {loadProblem && (
        <>
          <ErrorBanner problem={loadProblem} />
          <p>
            Ask your administrator for a new invitation, or <a href="#/login">sign in</a>.
          </p>
        </>
      )}
      {!invitation && !loadProblem && <p>Loading invitation…</p>}
      {invitation && (
        <form onSubmit={submit} noValidate aria-label="Accept invitation">
          <p className="lead">
            {invitation.name ? `${invitation.name}, you` : 'You'} have been invited to <strong>{invitation.tenant.name}</strong> as{' '}
            <strong>{invitation.email}</strong>. Choose a password to finish.
          </p>
          <ErrorBanner problem={problem} />
          <TextField id="password" label="Password" type="password" value={password} onChange={(e) => setPassword(e.target.value)} error={fieldErrors.password} hint="At least 10 characters." autoComplete="new-password" required />
          <TextField id="confirm" label="Repeat password" type="password" value={confirm} onChange={(e) => setConfirm(e.target.value)} error={fieldErrors.confirm} autoComplete="new-password" required />
          <button type="submit" disabled={busy}>
            {busy ? 'Joining…' : 'Accept invitation'}
          </button>
        </form>
      )}
    </main>
  );
}
