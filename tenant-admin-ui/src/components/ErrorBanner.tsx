import type { ProblemError } from '../problem';

export function ErrorBanner({ problem }: { problem: ProblemError | string | null }) {
  if (!problem) return null;
  const text = typeof problem === 'string' ? problem : problem.detail;
  return (
    <div className="error-banner" role="alert" data-testid="error">
      {text}
    </div>
  );
}
