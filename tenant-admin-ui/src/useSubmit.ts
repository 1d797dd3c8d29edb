import { useState } from 'react';
import { ProblemError, toProblem } from './problem';

/** Busy flag, problem banner and per-field errors for one form. */
export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ProblemError | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  /** Shows `clientErrors` if any, else runs `action` and shows what the server said. Resolves true on success. */
  async function run(action: () => Promise<void>, clientErrors: Record<string, string> = {}): Promise<boolean> {
    setFieldErrors(clientErrors);
    setProblem(null);
    if (Object.keys(clientErrors).length > 0) return false;
    setBusy(true);
    try {
      await action();
      return true;
    } catch (e) {
      const p = toProblem(e);
      setProblem(p);
      setFieldErrors(p.fieldErrors());
      return false;
    } finally {
      setBusy(false);
    }
  }

  function reset() {
    setProblem(null);
    setFieldErrors({});
  }

  return { busy, problem, fieldErrors, run, reset };
}
