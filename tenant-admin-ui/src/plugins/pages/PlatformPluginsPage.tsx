import '../../admin/admin.css';
import '../plugins.css';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { ErrorBanner } from '../../components/ErrorBanner';
import { toProblem, type ProblemError } from '../../problem';
import { useSubmit } from '../../useSubmit';
import { platformPluginApi } from '../api';
import { PlatformPluginCard } from '../components/PlatformPluginCard';
import { formatDate, installOutcome } from '../plugins';
import type { PlatformPlugin, PluginTrust } from '../types';

/** The platform administrator's plugins: what is installed and how it behaves, uploads, and whom jars must be signed by. */
export function PlatformPluginsPage() {
  const [plugins, setPlugins] = useState<PlatformPlugin[] | null>(null);
  const [trust, setTrust] = useState<PluginTrust | null>(null);
  const [problem, setProblem] = useState<ProblemError | null>(null);

  const reload = useCallback(async () => {
    try {
      const [list, t] = await Promise.all([platformPluginApi.list(), platformPluginApi.trust()]);
      setPlugins(list);
      setTrust(t);
      setProblem(null);
    } catch (e) {
      setProblem(toProblem(e));
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  const replace = (p: PlatformPlugin) => setPlugins((list) => (list ?? []).map((x) => (x.id === p.id ? p : x)));

  return (
    <main className="console-main plugins-page">
      <h2 className="page-title">Plugins</h2>
      <p className="lead">
        Plugins add channels, assistants and payment providers to every company on this platform. Companies then enable and
        configure them for themselves.
      </p>
      {trust?.allowUnsigned && (
        <div className="warning-banner" role="note" data-testid="unsigned-allowed">
          Unsigned plugins are allowed on this platform (FRONTDESK_PLUGINS_ALLOW_UNSIGNED=true): only install jars you trust.
        </div>
      )}
      <ErrorBanner problem={problem} />
      <UploadForm installed={plugins ?? []} onInstalled={() => void reload()} />
      <section aria-labelledby="installed-heading">
        <h2 id="installed-heading" className="section-title">
          Installed{plugins ? ` (${plugins.length})` : ''}
        </h2>
        {plugins === null && !problem && <p>Loading…</p>}
        {plugins?.length === 0 && <p className="muted">No plugins are installed.</p>}
        <ul className="plugin-list" data-testid="plugin-list">
          {plugins?.map((p) => (
            <li key={p.id}>
              <PlatformPluginCard plugin={p} onChanged={replace} onRemoved={() => setPlugins((list) => (list ?? []).filter((x) => x.id !== p.id))} />
            </li>
          ))}
        </ul>
      </section>
      {trust && <TrustedCertificates trust={trust} />}
    </main>
  );
}

function UploadForm({ installed, onInstalled }: { installed: PlatformPlugin[]; onInstalled: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const [outcome, setOutcome] = useState<string | null>(null);
  const submit = useSubmit();

  async function upload(e: FormEvent) {
    e.preventDefault();
    setOutcome(null);
    const jar = file;
    const before = installed;
    await submit.run(
      async () => {
        const result = await platformPluginApi.install(jar!);
        setOutcome(installOutcome(before, result));
        setFile(null);
        setInputKey((k) => k + 1); // empties the file input
        onInstalled();
      },
      jar ? {} : { file: 'Choose a plugin jar.' },
    );
  }

  return (
    <form className="card" onSubmit={upload} noValidate aria-label="Install a plugin">
      <h2>Install or upgrade</h2>
      <p className="muted">
        Upload a plugin jar. A jar whose id is installed already replaces it (an upgrade); companies keep their settings.
      </p>
      <ErrorBanner problem={submit.problem} />
      <div className="inline-form">
        <div className="field">
          <label htmlFor="plugin-jar">Plugin jar</label>
          <input
            key={inputKey}
            id="plugin-jar"
            type="file"
            accept=".jar,application/java-archive"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setOutcome(null);
            }}
            aria-invalid={submit.fieldErrors.file ? true : undefined}
            aria-describedby={submit.fieldErrors.file ? 'plugin-jar-error' : undefined}
          />
          {submit.fieldErrors.file && (
            <p className="field-error" id="plugin-jar-error">
              {submit.fieldErrors.file}
            </p>
          )}
        </div>
        <div className="actions">
          <button type="submit" disabled={submit.busy}>
            {submit.busy ? 'Installing…' : 'Install'}
          </button>
        </div>
      </div>
      <p className="saved" role="status" data-testid="install-result">
        {outcome ?? ''}
      </p>
    </form>
  );
}

function TrustedCertificates({ trust }: { trust: PluginTrust }) {
  return (
    <section className="card" aria-labelledby="trust-heading">
      <h2 id="trust-heading">Trusted signers</h2>
      <p className="muted">
        Plugin jars must be signed by one of these certificates{trust.allowUnsigned ? ' (unsigned jars are accepted too, see above)' : ''}.
      </p>
      {trust.certificates.length === 0 ? (
        <p className="muted">No certificates are trusted{trust.allowUnsigned ? '' : ', so only bundled plugins can run'}.</p>
      ) : (
        <table className="admin-table" data-testid="trusted-certificates">
          <thead>
            <tr>
              <th>Subject</th>
              <th>SHA-256 fingerprint</th>
              <th>Valid until</th>
            </tr>
          </thead>
          <tbody>
            {trust.certificates.map((c) => (
              <tr key={c.sha256}>
                <td data-label="Subject" className="wrap">
                  {c.subject}
                </td>
                <td data-label="SHA-256" className="code wrap">
                  {c.sha256}
                </td>
                <td data-label="Valid until">{formatDate(c.notAfter)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
