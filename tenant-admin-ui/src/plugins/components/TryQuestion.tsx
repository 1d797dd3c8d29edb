import { useState, type FormEvent } from 'react';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextField } from '../../components/TextField';
import { useSubmit } from '../../useSubmit';
import { knowledgeApi } from '../api';
import { outcomeText, percent, type TryResult } from '../knowledge';

/** Asks the assistant a question as a customer would, and shows what it would reply, without any session. */
export function TryQuestion() {
  const [question, setQuestion] = useState('');
  const [result, setResult] = useState<TryResult | null>(null);
  const submit = useSubmit();

  async function ask(e: FormEvent) {
    e.preventDefault();
    setResult(null);
    await submit.run(
      async () => setResult(await knowledgeApi.tryQuestion(question.trim())),
      question.trim() ? {} : { question: 'Type a question.' },
    );
  }

  return (
    <section className="card try-question" aria-labelledby="try-heading">
      <h3 id="try-heading">Try a question</h3>
      <form className="inline-form" onSubmit={ask} noValidate aria-label="Try a question">
        <TextField
          id="try-question"
          label="A customer writes"
          value={question}
          onChange={(e) => setQuestion(e.target.value)}
          error={submit.fieldErrors.question}
          maxLength={2000}
          autoComplete="off"
        />
        <button type="submit" disabled={submit.busy}>
          {submit.busy ? 'Asking…' : 'Try'}
        </button>
      </form>
      <ErrorBanner problem={submit.problem} />
      {result && (
        <div className="try-result" data-testid="try-result" aria-live="polite">
          <p className={`outcome ${result.outcome}`} data-testid="try-outcome">
            {outcomeText(result)}
          </p>
          {result.outcome === 'answer' && result.matchedQuestion && <p className="hint">Matched “{result.matchedQuestion}”.</p>}
          <p className="label">The assistant replies</p>
          <blockquote className="reply" data-testid="try-reply">
            {result.reply}
            {result.outcome === 'suggest' && (
              <ol>
                {result.candidates.map((c) => (
                  <li key={c.id}>{c.question}</li>
                ))}
              </ol>
            )}
          </blockquote>
          {result.outcome !== 'suggest' && result.candidates.length > 0 && result.outcome !== 'answer' && (
            <>
              <p className="label">Closest entries</p>
              <ul className="candidates">
                {result.candidates.map((c) => (
                  <li key={c.id}>
                    {c.question} <span className="hint">{percent(c.confidence)}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          <p className="hint">
            Answers from {percent(result.thresholds.answer)} confidence, offers choices from {percent(result.thresholds.suggest)} (the
            plugin’s settings on the Plugins page).
          </p>
        </div>
      )}
    </section>
  );
}
