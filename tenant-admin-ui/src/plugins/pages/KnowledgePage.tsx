import '../../admin/admin.css';
import '../plugins.css';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { ErrorBanner } from '../../components/ErrorBanner';
import { saveBlob } from '../../download';
import { toProblem, type ProblemError } from '../../problem';
import { useSubmit } from '../../useSubmit';
import { knowledgeApi } from '../api';
import { EntryForm } from '../components/EntryForm';
import { TryQuestion } from '../components/TryQuestion';
import { categoriesOf, exportFileName, importErrorLines, importSummary, percent, type KnowledgeEntry } from '../knowledge';

/** The FAQ the knowledge-base assistant answers from: search, edit, CSV import and export, and a trial question. */
export function KnowledgePage({ canEdit }: { canEdit: boolean }) {
  const [all, setAll] = useState<KnowledgeEntry[] | null>(null);
  const [shown, setShown] = useState<KnowledgeEntry[] | null>(null);
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState('');
  const [applied, setApplied] = useState({ q: '', category: '' });
  const [editing, setEditing] = useState<string | null>(null); // an entry id, or "new"
  const [problem, setProblem] = useState<ProblemError | null>(null);

  const reload = useCallback(async () => {
    try {
      const everything = await knowledgeApi.entries('', '');
      setAll(everything.entries);
      setShown(applied.q || applied.category ? (await knowledgeApi.entries(applied.q, applied.category)).entries : everything.entries);
      setProblem(null);
    } catch (e) {
      setProblem(toProblem(e));
    }
  }, [applied]);

  useEffect(() => {
    void reload();
  }, [reload]);

  function search(e: FormEvent) {
    e.preventDefault();
    setApplied({ q: query.trim(), category });
  }

  function saved() {
    setEditing(null);
    void reload();
  }

  async function remove(entry: KnowledgeEntry) {
    if (!window.confirm(`Delete the entry “${entry.questions[0] ?? entry.id}”? The assistant stops answering it.`)) return;
    try {
      await knowledgeApi.remove(entry.id);
      await reload();
    } catch (e) {
      setProblem(toProblem(e));
    }
  }

  const categories = categoriesOf(all ?? []);
  const notEnabled = problem?.status === 404 && all === null;

  return (
    <main className="console-main knowledge-page">
      <div className="page-head">
        <h2 className="page-title">Knowledge base</h2>
        {canEdit && all && editing !== 'new' && (
          <button type="button" onClick={() => setEditing('new')}>
            New entry
          </button>
        )}
      </div>
      <p className="lead">
        Questions and answers the assistant replies with. When it is not sure it offers the closest questions; when nothing fits,
        or the customer asks for a person, it hands the conversation to your team.
      </p>
      <ErrorBanner problem={problem} />
      {notEnabled && (
        <p>
          Enable the knowledge-base assistant for your company on the <a href="#/plugins">Plugins page</a> first.
        </p>
      )}
      {all === null && !problem && <p>Loading…</p>}
      {all && (
        <>
          <TryQuestion />
          {editing === 'new' && <EntryForm categories={categories} onSaved={saved} onCancel={() => setEditing(null)} />}
          <section className="card" aria-labelledby="entries-heading">
            <div className="card-head">
              <h3 id="entries-heading">Entries ({all.length})</h3>
            </div>
            <form className="inline-form search-form" role="search" onSubmit={search} aria-label="Search entries">
              <div className="field">
                <label htmlFor="kb-q">Search</label>
                <input id="kb-q" type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Words from a question or answer" />
              </div>
              <div className="field">
                <label htmlFor="kb-category">Category</label>
                <select
                  id="kb-category"
                  value={category}
                  onChange={(e) => {
                    setCategory(e.target.value);
                    setApplied({ q: query.trim(), category: e.target.value });
                  }}
                >
                  <option value="">All categories</option>
                  {categories.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit">Search</button>
            </form>
            {applied.q && <p className="hint">Best matches for “{applied.q}” first.</p>}
            {shown?.length === 0 && (
              <p className="muted">{applied.q || applied.category ? 'No entry matches.' : 'No entries yet. Add one, or import a CSV file.'}</p>
            )}
            <ul className="entry-list" data-testid="entry-list">
              {shown?.map((e) =>
                editing === e.id ? (
                  <li key={e.id}>
                    <EntryForm entry={e} categories={categories} onSaved={saved} onCancel={() => setEditing(null)} />
                  </li>
                ) : (
                  <li key={e.id} className="entry" data-testid="entry">
                    <div className="entry-head">
                      <span className="question">{e.questions[0]}</span>
                      <span className="badges">
                        {e.confidence !== undefined && <span className="hint">{percent(e.confidence)} match</span>}
                        {e.category && <span className="badge kind">{e.category}</span>}
                      </span>
                    </div>
                    {e.questions.length > 1 && <p className="hint also">Also: {e.questions.slice(1).join(' · ')}</p>}
                    <p className="answer">{e.answer}</p>
                    {canEdit && (
                      <div className="actions">
                        <button type="button" className="secondary" onClick={() => setEditing(e.id)} aria-label={`Edit “${e.questions[0]}”`}>
                          Edit
                        </button>
                        <button type="button" className="danger" onClick={() => void remove(e)} aria-label={`Delete “${e.questions[0]}”`}>
                          Delete
                        </button>
                      </div>
                    )}
                  </li>
                ),
              )}
            </ul>
          </section>
          <ImportExport canEdit={canEdit} onImported={() => void reload()} />
        </>
      )}
    </main>
  );
}

function ImportExport({ canEdit, onImported }: { canEdit: boolean; onImported: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const [replace, setReplace] = useState(false);
  const [summary, setSummary] = useState<string | null>(null);
  const submit = useSubmit();
  const download = useSubmit();

  async function importFile(e: FormEvent) {
    e.preventDefault();
    setSummary(null);
    if (replace && file && !window.confirm('Also delete every entry that is not in the file?')) return;
    await submit.run(
      async () => {
        const result = await knowledgeApi.importCsv(await file!.text(), replace);
        setSummary(importSummary(result));
        setFile(null);
        setInputKey((k) => k + 1);
        onImported();
      },
      file ? {} : { file: 'Choose a CSV file.' },
    );
  }

  async function exportFile() {
    await download.run(async () => {
      saveBlob(await knowledgeApi.exportCsv(), exportFileName(new Date()));
    });
  }

  const rowErrors = submit.problem ? importErrorLines(submit.problem.items) : [];
  return (
    <section className="card" aria-labelledby="csv-heading">
      <h3 id="csv-heading">CSV import and export</h3>
      <p className="muted">
        Columns <code>category</code>, <code>questions</code> (several separated by <code>|</code>), <code>answer</code>, and
        optionally <code>id</code>. An exported file imported again updates the same entries.
      </p>
      <ErrorBanner problem={download.problem} />
      <div className="actions">
        <button type="button" className="secondary" onClick={() => void exportFile()} disabled={download.busy}>
          {download.busy ? 'Exporting…' : 'Export CSV'}
        </button>
      </div>
      {canEdit && (
        <form className="csv-import" onSubmit={importFile} noValidate aria-label="Import a CSV file">
          <ErrorBanner problem={submit.problem} />
          {rowErrors.length > 0 && (
            <ul className="row-errors" data-testid="import-errors">
              {rowErrors.map((l, i) => (
                <li key={i}>{l}</li>
              ))}
            </ul>
          )}
          <div className="field">
            <label htmlFor="kb-csv">CSV file (UTF-8)</label>
            <input
              key={inputKey}
              id="kb-csv"
              type="file"
              accept=".csv,text/csv"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setSummary(null);
              }}
              aria-invalid={submit.fieldErrors.file ? true : undefined}
            />
            {submit.fieldErrors.file && <p className="field-error">{submit.fieldErrors.file}</p>}
          </div>
          <label className="check">
            <input type="checkbox" checked={replace} onChange={(e) => setReplace(e.target.checked)} />
            Also delete entries that are not in the file
          </label>
          <div className="actions">
            <button type="submit" disabled={submit.busy}>
              {submit.busy ? 'Importing…' : 'Import'}
            </button>
            <span className="saved" role="status" data-testid="import-result">
              {summary ?? ''}
            </span>
          </div>
        </form>
      )}
    </section>
  );
}
