import { useEffect, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { searchCanned, slashQuery } from './cannedSearch';
import { EmojiPicker } from './EmojiPicker';
import type { CannedReply } from './types';

export interface Upload {
  key: string;
  name: string;
  progress: number;
  error?: string;
  abort?: () => void;
}

interface Props {
  /** Why replies are not possible here, or null when they are. */
  replyBlocked: string | null;
  notesEnabled: boolean;
  canned: CannedReply[] | null;
  uploads: Upload[];
  onSend: (text: string) => void;
  onNote: (text: string) => Promise<boolean>;
  onTyping: () => void;
  onFiles: (files: File[]) => void;
  onDismissUpload: (key: string) => void;
  onManageCanned: () => void;
}

/**
 * Text with emoji, attachments (button, paste; dropping is handled by the conversation around it), "/" to
 * search canned replies, and a note mode for internal notes that the customer never sees.
 */
export function Composer(props: Props) {
  const { replyBlocked, notesEnabled, canned, uploads } = props;
  const [text, setText] = useState('');
  const [noteMode, setNoteMode] = useState(false);
  const [emojiOpen, setEmojiOpen] = useState(false);
  const [selected, setSelected] = useState(0);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLTextAreaElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const mode = noteMode || replyBlocked ? 'note' : 'reply';
  const writable = mode === 'note' ? notesEnabled : !replyBlocked;
  const query = mode === 'reply' && canned ? slashQuery(text) : null;
  const matches = query !== null && canned ? searchCanned(canned, query) : [];

  useEffect(() => setSelected(0), [query]);

  function insert(s: string) {
    const el = input.current;
    if (!el) return setText((t) => t + s);
    const start = el.selectionStart ?? text.length;
    const end = el.selectionEnd ?? text.length;
    setText(text.slice(0, start) + s + text.slice(end));
    requestAnimationFrame(() => {
      el.focus();
      el.selectionStart = el.selectionEnd = start + s.length;
    });
  }

  function applyCanned(reply: CannedReply) {
    setText(reply.text);
    requestAnimationFrame(() => input.current?.focus());
  }

  async function submit() {
    const body = text.trim();
    if (!body || !writable || busy) return;
    if (mode === 'note') {
      setBusy(true);
      const ok = await props.onNote(body);
      setBusy(false);
      if (ok) setText('');
      return;
    }
    props.onSend(body);
    setText('');
  }

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (matches.length) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        const d = e.key === 'ArrowDown' ? 1 : -1;
        setSelected((selected + d + matches.length) % matches.length);
        return;
      }
      if (e.key === 'Enter' || e.key === 'Tab') {
        e.preventDefault();
        applyCanned(matches[selected]);
        return;
      }
      if (e.key === 'Escape') {
        e.preventDefault();
        setText('');
        return;
      }
    }
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      void submit();
    }
  }

  function onPaste(e: ClipboardEvent<HTMLTextAreaElement>) {
    const files = Array.from(e.clipboardData.files);
    if (!files.length) return;
    e.preventDefault();
    props.onFiles(files);
  }

  return (
    <div className={`composer ${mode}`}>
      {uploads.length > 0 && (
        <ul className="uploads" aria-label="Uploads">
          {uploads.map((u) => (
            <li key={u.key} className={u.error ? 'upload failed' : 'upload'} data-testid="upload">
              <span className="upload-name">{u.name}</span>
              {u.error ? (
                <span className="field-error" role="alert">
                  {u.error}
                </span>
              ) : (
                <progress max={1} value={u.progress} aria-label={`Uploading ${u.name}`} />
              )}
              <button
                type="button"
                className="link"
                onClick={() => {
                  u.abort?.();
                  props.onDismissUpload(u.key);
                }}
              >
                {u.error ? 'Dismiss' : 'Cancel'}
              </button>
            </li>
          ))}
        </ul>
      )}
      {matches.length > 0 && (
        <ul className="canned-popup" role="listbox" aria-label="Canned replies" data-testid="canned-popup">
          {matches.map((r, i) => (
            <li
              key={r.id}
              role="option"
              aria-selected={i === selected}
              className={i === selected ? 'selected' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                applyCanned(r);
              }}
            >
              <span className="shortcut">/{r.shortcut}</span> <strong>{r.title}</strong>
              <span className="muted"> {r.scope === 'personal' ? 'mine' : 'company'}</span>
              <div className="canned-text">{r.text}</div>
            </li>
          ))}
        </ul>
      )}
      <div className="composer-modes">
        {notesEnabled && (
          <div className="segmented" role="group" aria-label="Write">
            <button
              type="button"
              className={mode === 'reply' ? 'active' : ''}
              aria-pressed={mode === 'reply'}
              disabled={!!replyBlocked}
              onClick={() => setNoteMode(false)}
            >
              Reply
            </button>
            <button
              type="button"
              className={mode === 'note' ? 'active' : ''}
              aria-pressed={mode === 'note'}
              data-testid="note-mode"
              onClick={() => setNoteMode(true)}
            >
              Internal note
            </button>
          </div>
        )}
        {replyBlocked && <span className="hint">{replyBlocked}</span>}
      </div>
      <textarea
        ref={input}
        rows={3}
        aria-label={mode === 'note' ? 'Internal note' : 'Message'}
        data-testid="composer"
        placeholder={
          mode === 'note'
            ? 'Only staff see notes'
            : canned
              ? 'Write a reply; "/" for canned replies, Shift+Enter for a new line'
              : 'Write a reply; Shift+Enter for a new line'
        }
        value={text}
        disabled={!writable}
        onChange={(e) => {
          setText(e.target.value);
          if (mode === 'reply' && e.target.value) props.onTyping();
        }}
        onKeyDown={onKeyDown}
        onPaste={mode === 'reply' ? onPaste : undefined}
      />
      <div className="composer-actions">
        <div className="composer-tools">
          <button
            type="button"
            className="secondary icon"
            aria-label="Emoji"
            aria-expanded={emojiOpen}
            disabled={!writable}
            onClick={() => setEmojiOpen(!emojiOpen)}
          >
            😊
          </button>
          {mode === 'reply' && (
            <>
              <button
                type="button"
                className="secondary"
                data-testid="attach"
                title="Attach files (or drop them here, or paste an image)"
                disabled={!writable}
                onClick={() => fileInput.current?.click()}
              >
                Attach
              </button>
              <input
                ref={fileInput}
                type="file"
                multiple
                hidden
                data-testid="file-input"
                onChange={(e) => {
                  const files = Array.from(e.target.files ?? []);
                  e.target.value = '';
                  if (files.length) props.onFiles(files);
                }}
              />
            </>
          )}
          {canned && (
            <button type="button" className="secondary" onClick={props.onManageCanned}>
              Canned replies
            </button>
          )}
        </div>
        <button type="button" data-testid="send" disabled={!writable || !text.trim() || busy} onClick={() => void submit()}>
          {mode === 'note' ? 'Add note' : 'Send'}
        </button>
      </div>
      {emojiOpen && (
        <EmojiPicker
          onPick={(emoji) => {
            insert(emoji);
            setEmojiOpen(false);
          }}
          onClose={() => setEmojiOpen(false)}
        />
      )}
    </div>
  );
}
