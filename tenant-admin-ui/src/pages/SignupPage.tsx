import { useState, type FormEvent } from 'react';
import { api } from '../api';
import { SignupPlanChoice } from '../billing/components/SignupPlanChoice';
import { getConfig, loginBuiltin, startKeycloakLogin } from '../auth';
import { ErrorBanner } from '../components/ErrorBanner';
import { TextField } from '../components/TextField';
import { useSubmit } from '../useSubmit';
import { collect, emailError, passwordError, requiredError, slugError, suggestSlug } from '../validation';

export function SignupPage({ onSignedIn }: { onSignedIn: () => Promise<void> }) {
  const [companyName, setCompanyName] = useState('');
  const [slug, setSlug] = useState('');
  const [slugEdited, setSlugEdited] = useState(false);
  const [adminName, setAdminName] = useState('');
  const [adminEmail, setAdminEmail] = useState('');
  const [adminPassword, setAdminPassword] = useState('');
  const [plan, setPlan] = useState<string | null>(null);
  const { busy, problem, fieldErrors, run } = useSubmit();

  function changeCompany(value: string) {
    setCompanyName(value);
    if (!slugEdited) setSlug(suggestSlug(value));
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const clientErrors = collect({
      companyName: requiredError(companyName, 'Company name'),
      slug: slugError(slug),
      adminName: requiredError(adminName, 'Your name'),
      adminEmail: emailError(adminEmail),
      adminPassword: passwordError(adminPassword),
    });
    await run(async () => {
      await api.signup({
        companyName: companyName.trim(), slug, adminName: adminName.trim(), adminEmail: adminEmail.trim(), adminPassword,
        ...(plan ? { plan } : {}),
      });
      if (getConfig().mode === 'keycloak') {
        await startKeycloakLogin(adminEmail.trim());
      } else {
        await loginBuiltin(slug, adminEmail.trim(), adminPassword);
        await onSignedIn();
      }
    }, clientErrors);
  }

  return (
    <main className="auth-page">
      <h1>Create your company</h1>
      <p className="lead">Set up Frontdesk for your team in a minute.</p>
      <form onSubmit={submit} noValidate aria-label="Sign up">
        <ErrorBanner problem={problem} />
        <TextField id="companyName" label="Company name" value={companyName} onChange={(e) => changeCompany(e.target.value)} error={fieldErrors.companyName} autoComplete="organization" required />
        <TextField
          id="slug"
          label="URL slug"
          value={slug}
          onChange={(e) => {
            setSlugEdited(true);
            setSlug(e.target.value.toLowerCase());
          }}
          error={fieldErrors.slug}
          hint="Your company's short name for signing in: lowercase letters, digits and hyphens."
          autoCapitalize="none"
          spellCheck={false}
          required
        />
        <TextField id="adminName" label="Your name" value={adminName} onChange={(e) => setAdminName(e.target.value)} error={fieldErrors.adminName} autoComplete="name" required />
        <TextField id="adminEmail" label="Email" type="email" value={adminEmail} onChange={(e) => setAdminEmail(e.target.value)} error={fieldErrors.adminEmail} autoComplete="email" required />
        <TextField
          id="adminPassword"
          label="Password"
          type="password"
          value={adminPassword}
          onChange={(e) => setAdminPassword(e.target.value)}
          error={fieldErrors.adminPassword}
          hint="At least 10 characters."
          autoComplete="new-password"
          required
        />
        <SignupPlanChoice value={plan} onChange={setPlan} />
        <button type="submit" disabled={busy}>
          {busy ? 'Creating…' : 'Create company'}
        </button>
      </form>
      <p className="switch">
        Already have an account? <a href="#/login">Sign in</a>
      </p>
    </main>
  );
}
