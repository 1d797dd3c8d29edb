/**
 * The knowledge base (the bundled assistant-knowledge plugin's FAQ): its JSON, the entry form's checks (the same as
 * the plugin's FaqEntry.problems) and the words the page shows for imports and trial questions.
 */
import type { ProblemItem } from '../problem';

export interface KnowledgeEntry {
  id: string;
  category: string;
  questions: string[];
  answer: string;
  /** Only in search results: how well the entry matches the query (0–1). */
  confidence?: number;
}

export interface EntryList {
  total: number;
  entries: KnowledgeEntry[];
}

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
  total: number;
}

export interface TryCandidate {
  id: string;
  category: string;
  question: string;
  matchedQuestion: string;
  confidence: number;
}

/** What the assistant would do with one customer message (POST /try). */
export interface TryResult {
  outcome: 'answer' | 'suggest' | 'handoff';
  confidence: number;
  reason?: 'asked_for_human' | 'low_confidence' | 'unanswered_turns' | string;
  entry?: KnowledgeEntry;
  matchedQuestion?: string;
  reply: string;
  candidates: TryCandidate[];
  thresholds: { answer: number; suggest: number; minMargin: number };
}

// The plugin's limits (FaqEntry).
export const MAX_CATEGORY = 100;
export const MAX_QUESTIONS = 20;
export const MAX_QUESTION = 500;
export const MAX_ANSWER = 4000;

export interface EntryDraft {
  category: string;
  /** One phrasing per line. */
  questions: string;
  answer: string;
}

export const EMPTY_ENTRY: EntryDraft = { category: '', questions: '', answer: '' };

export function draftFromEntry(e: KnowledgeEntry): EntryDraft {
  return { category: e.category, questions: e.questions.join('\n'), answer: e.answer };
}

export function questionsOf(text: string): string[] {
  return text
    .split('\n')
    .map((q) => q.trim())
    .filter(Boolean);
}

export function entryFromDraft(d: EntryDraft): Omit<KnowledgeEntry, 'id'> {
  return { category: d.category.trim(), questions: questionsOf(d.questions), answer: d.answer.trim() };
}

/** Errors keyed by form field; empty when the plugin would store the entry. */
export function entryErrors(d: EntryDraft): Record<string, string> {
  const out: Record<string, string> = {};
  const e = entryFromDraft(d);
  if (e.category.length > MAX_CATEGORY) out.category = `At most ${MAX_CATEGORY} characters.`;
  const long = e.questions.findIndex((q) => q.length > MAX_QUESTION);
  const piped = e.questions.findIndex((q) => q.includes('|'));
  if (e.questions.length === 0) out.questions = 'Write at least one question.';
  else if (e.questions.length > MAX_QUESTIONS) out.questions = `At most ${MAX_QUESTIONS} questions (one per line).`;
  else if (long >= 0) out.questions = `Question ${long + 1} is longer than ${MAX_QUESTION} characters.`;
  else if (piped >= 0) out.questions = `Question ${piped + 1} contains “|”, which separates questions in CSV files.`;
  if (!e.answer) out.answer = 'Write the answer.';
  else if (e.answer.length > MAX_ANSWER) out.answer = `At most ${MAX_ANSWER} characters.`;
  return out;
}

/** The categories in use, for the filter and the form's suggestions. */
export function categoriesOf(entries: KnowledgeEntry[]): string[] {
  return [...new Set(entries.map((e) => e.category).filter(Boolean))].sort((a, b) => a.localeCompare(b));
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function importSummary(r: ImportResult): string {
  const parts = [`${r.created} added`, `${r.updated} updated`, `${r.unchanged} unchanged`];
  if (r.deleted) parts.push(`${r.deleted} deleted`);
  return `Imported: ${parts.join(', ')}. The knowledge base has ${count(r.total, 'entry', 'entries')}.`;
}

/** A refused import's per-row errors ("Line 3: answer must not be empty"), from the problem's `errors`. */
export function importErrorLines(items: ProblemItem[]): string[] {
  return items.map((e) => (e.line !== undefined ? `Line ${e.line}: ${e.message}` : e.message));
}

export function percent(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}

export function outcomeText(r: TryResult): string {
  switch (r.outcome) {
    case 'answer':
      return `Answers directly (confidence ${percent(r.confidence)})`;
    case 'suggest':
      return `Not sure (confidence ${percent(r.confidence)}): offers ${count(r.candidates.length, 'close question')} to choose from`;
    case 'handoff':
      return r.reason === 'asked_for_human'
        ? 'Hands over to a person: the customer asked for one'
        : `Hands over to a person: no entry is close enough${r.candidates.length ? ` (best ${percent(r.confidence)})` : ''}`;
  }
}

/** "faq-2025-03-01.csv" for the export. */
export function exportFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `faq-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.csv`;
}
