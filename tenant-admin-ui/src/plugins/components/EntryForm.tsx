import { useState, type FormEvent } from 'react';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextField } from '../../components/TextField';
import { useSubmit } from '../../useSubmit';
import { TextArea } from '../../admin/components/TextArea';
import { knowledgeApi } from '../api';
import { draftFromEntry, EMPTY_ENTRY, entryErrors, entryFromDraft, MAX_ANSWER, MAX_CATEGORY, type KnowledgeEntry } from '../knowledge';

interface Props {
  /** Absent: a new entry. */
  entry?: KnowledgeEntry;
  categories: string[];
  onSaved: (entry: KnowledgeEntry) => void;
  onCancel: () => void;
}

/** Create or edit one FAQ entry: its category, the ways customers ask (one per line) and the answer. */
export function EntryForm({ entry, categories, onSaved, onCancel }: Props) {
  const [draft, setDraft] = useState(() => (entry ? draftFromEntry(entry) : EMPTY_ENTRY));
  const submit = useSubmit();
  const p = `entry-${entry?.id ?? 'new'}`;
  const title = entry ? 'Edit entry' : 'New entry';

  async function save(e: FormEvent) {
    e.preventDefault();
    await submit.run(async () => {
      const body = entryFromDraft(draft);
      onSaved(entry ? await knowledgeApi.update({ ...body, id: entry.id }) : await knowledgeApi.create(body));
    }, entryErrors(draft));
  }

  return (
    <form className="card entry-editor" onSubmit={save} noValidate aria-label={title}>
      <h3>{title}</h3>
      <ErrorBanner problem={submit.problem} />
      <fieldset className="plain" disabled={submit.busy}>
        <TextArea
          id={`${p}-questions`}
          label="Questions"
          value={draft.questions}
          onChange={(e) => setDraft({ ...draft, questions: e.target.value })}
          error={submit.fieldErrors.questions}
          hint="One per line: the different ways customers ask this, e.g. “Where is my order?” and “订单到哪了？”."
          rows={4}
        />
        <TextArea
          id={`${p}-answer`}
          label="Answer"
          value={draft.answer}
          onChange={(e) => setDraft({ ...draft, answer: e.target.value })}
          error={submit.fieldErrors.answer}
          maxLength={MAX_ANSWER}
          rows={4}
        />
        <TextField
          id={`${p}-category`}
          label="Category"
          value={draft.category}
          onChange={(e) => setDraft({ ...draft, category: e.target.value })}
          error={submit.fieldErrors.category}
          hint="Optional, e.g. “Shipping”. An assistant can be limited to some categories per account."
          maxLength={MAX_CATEGORY}
          list={`${p}-categories`}
          autoComplete="off"
        />
        <datalist id={`${p}-categories`}>
          {categories.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
      </fieldset>
      <div className="actions">
        <button type="submit" disabled={submit.busy}>
          {submit.busy ? 'Saving…' : entry ? 'Save entry' : 'Add entry'}
        </button>
        <button type="button" className="secondary" onClick={onCancel} disabled={submit.busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
