import { describe, expect, it } from 'vitest';
import {
  categoriesOf, entryErrors, entryFromDraft, draftFromEntry, exportFileName, importErrorLines, importSummary, outcomeText,
  type TryResult,
} from './knowledge';

describe('knowledge entry form', () => {
  it('round-trips an entry with one question per line, dropping blank lines', () => {
    const entry = { id: 'e1', category: 'Shipping', questions: ['Where is my parcel?', '包裹在哪里？'], answer: 'Track it at …' };
    expect(draftFromEntry(entry)).toEqual({ category: 'Shipping', questions: 'Where is my parcel?\n包裹在哪里？', answer: 'Track it at …' });
    expect(entryFromDraft({ category: ' Shipping ', questions: ' a \n\n b\n', answer: ' x ' })).toEqual({ category: 'Shipping', questions: ['a', 'b'], answer: 'x' });
  });

  it('checks what the plugin checks', () => {
    expect(entryErrors({ category: '', questions: '  \n', answer: ' ' })).toEqual({ questions: 'Write at least one question.', answer: 'Write the answer.' });
    expect(entryErrors({ category: 'c'.repeat(101), questions: 'a|b', answer: 'x'.repeat(4001) })).toEqual({
      category: 'At most 100 characters.',
      questions: 'Question 1 contains “|”, which separates questions in CSV files.',
      answer: 'At most 4000 characters.',
    });
    expect(entryErrors({ category: '', questions: Array.from({ length: 21 }, (_, i) => `q${i}`).join('\n'), answer: 'a' }).questions).toBe('At most 20 questions (one per line).');
    expect(entryErrors({ category: '', questions: `ok\n${'q'.repeat(501)}`, answer: 'a' }).questions).toBe('Question 2 is longer than 500 characters.');
    expect(entryErrors({ category: '', questions: 'Where?', answer: 'Here.' })).toEqual({});
  });

  it('lists the categories in use', () => {
    const e = (category: string) => ({ id: category, category, questions: ['q'], answer: 'a' });
    expect(categoriesOf([e('Shipping'), e(''), e('Billing'), e('Shipping')])).toEqual(['Billing', 'Shipping']);
  });
});

describe('import and export', () => {
  it('sums up an import and lists a refusal per row', () => {
    expect(importSummary({ created: 2, updated: 1, unchanged: 0, deleted: 0, total: 1 })).toBe('Imported: 2 added, 1 updated, 0 unchanged. The knowledge base has 1 entry.');
    expect(importSummary({ created: 0, updated: 0, unchanged: 3, deleted: 2, total: 3 })).toBe('Imported: 0 added, 0 updated, 3 unchanged, 2 deleted. The knowledge base has 3 entries.');
    expect(importErrorLines([{ line: 1, message: "the header lacks the column 'answer'" }, { message: 'other' }])).toEqual(["Line 1: the header lacks the column 'answer'", 'other']);
  });

  it('names the export by date', () => {
    expect(exportFileName(new Date(2025, 2, 1))).toBe('faq-2025-03-01.csv');
  });
});

describe('trying a question', () => {
  const base: TryResult = { outcome: 'answer', confidence: 0.812, reply: 'r', candidates: [], thresholds: { answer: 0.55, suggest: 0.3, minMargin: 0.05 } };
  const c = { id: 'x', category: '', question: 'q', matchedQuestion: 'q', confidence: 0.4 };
  it('says what the assistant would do', () => {
    expect(outcomeText(base)).toBe('Answers directly (confidence 81%)');
    expect(outcomeText({ ...base, outcome: 'suggest', confidence: 0.4, candidates: [c, c] })).toBe('Not sure (confidence 40%): offers 2 close questions to choose from');
    expect(outcomeText({ ...base, outcome: 'handoff', reason: 'asked_for_human', confidence: 0 })).toBe('Hands over to a person: the customer asked for one');
    expect(outcomeText({ ...base, outcome: 'handoff', reason: 'low_confidence', confidence: 0 })).toBe('Hands over to a person: no entry is close enough');
    expect(outcomeText({ ...base, outcome: 'handoff', reason: 'low_confidence', confidence: 0.12, candidates: [c] })).toBe('Hands over to a person: no entry is close enough (best 12%)');
  });
});
