import { useState } from 'react';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useSubmit } from '../../useSubmit';
import { adminApi } from '../api';
import { entryPaths, qrFileName } from '../entryPoints';
import type { EntryPoint } from '../types';
import { CopyField } from './CopyField';
import { EntryPointForm } from './EntryPointForm';

interface Props {
  entry: EntryPoint;
  canEdit: boolean;
  onChanged: (e: EntryPoint) => void;
  onDeleted: (id: string) => void;
}

/** One entry point: its chat link, QR code, embed snippet and a live preview of the chat. */
export function EntryPointCard({ entry, canEdit, onChanged, onDeleted }: Props) {
  const [editing, setEditing] = useState(false);
  const [preview, setPreview] = useState(true);
  const del = useSubmit();
  const paths = entryPaths(entry.key);
  const p = `entry-${entry.id}`;

  async function remove() {
    if (!window.confirm(`Delete the entry point "${entry.name}"? Its link, QR code and widget stop working at once.`)) return;
    await del.run(async () => {
      await adminApi.deleteEntryPoint(entry.id);
      onDeleted(entry.id);
    });
  }

  return (
    <article className="card entry-card" aria-labelledby={`${p}-title`} data-testid="entry-point">
      <div className="card-head">
        <h3 id={`${p}-title`}>
          {entry.name} <span className="badge kind">scene: {entry.scene}</span>
        </h3>
        {canEdit && !editing && (
          <span className="actions">
            <button type="button" className="secondary" onClick={() => setEditing(true)} aria-label={`Edit ${entry.name}`}>
              Edit
            </button>
            <button type="button" className="danger" onClick={() => void remove()} disabled={del.busy} aria-label={`Delete ${entry.name}`}>
              Delete
            </button>
          </span>
        )}
      </div>
      <ErrorBanner problem={del.problem} />
      {editing && (
        <EntryPointForm
          accountId={entry.accountId}
          entry={entry}
          onCancel={() => setEditing(false)}
          onSaved={(saved) => {
            setEditing(false);
            onChanged(saved);
          }}
        />
      )}

      <div className="entry-body">
        <div className="entry-info">
          <CopyField id={`${p}-link`} label="Chat link" value={entry.url} hint="Share it anywhere: customers open the chat in their browser." />
          <p className="entry-open">
            <a href={paths.chat} target="_blank" rel="noopener" data-testid="entry-link">
              Open the chat page
            </a>
          </p>
          <CopyField
            id={`${p}-snippet`}
            label="Embed snippet"
            value={entry.snippet}
            multiline
            hint="Paste before </body> on your site to show the chat button. The site must be one of the allowed origins."
          />
          <p className="hint">
            Allowed origins: {entry.allowedOrigins.length ? entry.allowedOrigins.join(', ') : 'none yet (only the chat link and QR code work)'}
          </p>
        </div>
        <figure className="qr">
          <img src={paths.qrPng(256)} width={160} height={160} alt={`QR code opening the chat link of ${entry.name}`} data-testid="entry-qr" />
          <figcaption className="actions">
            <a className="button secondary" href={paths.qrPng(1024)} download={qrFileName(entry.scene, 'png')}>
              Download PNG
            </a>
            <a className="button secondary" href={paths.qrSvg} download={qrFileName(entry.scene, 'svg')}>
              Download SVG
            </a>
          </figcaption>
        </figure>
      </div>

      <div className="preview">
        <button type="button" className="link" aria-expanded={preview} aria-controls={`${p}-preview`} onClick={() => setPreview(!preview)}>
          {preview ? 'Hide live preview' : 'Show live preview'}
        </button>
        {preview && (
          <div id={`${p}-preview`} className="preview-frame">
            <iframe src={paths.preview} title={`Live preview of the chat for ${entry.name}`} loading="lazy" data-testid="entry-preview" />
          </div>
        )}
      </div>
    </article>
  );
}
