import { useEffect, useState } from 'react';
import { ErrorBanner } from '../../components/ErrorBanner';
import { toProblem, type ProblemError } from '../../problem';
import { useSubmit } from '../../useSubmit';
import { adminApi } from '../api';
import { CopyField } from './CopyField';

/** The company's widget secret, with what it is for and a rotate button (tenant admins only). */
export function WidgetSecretPanel() {
  const [secret, setSecret] = useState<string | null>(null);
  const [shown, setShown] = useState(false);
  const [loadProblem, setLoadProblem] = useState<ProblemError | null>(null);
  const [rotated, setRotated] = useState(false);
  const rotate = useSubmit();

  useEffect(() => {
    adminApi
      .widgetSecret()
      .then((s) => setSecret(s.secret))
      .catch((e) => setLoadProblem(toProblem(e)));
  }, []);

  async function doRotate() {
    if (!window.confirm('Make a new widget secret? Signatures made with the current one stop working at once, so update your server right away.')) return;
    setRotated(false);
    const ok = await rotate.run(async () => setSecret((await adminApi.rotateWidgetSecret()).secret));
    setRotated(ok);
  }

  return (
    <section className="card widget-secret" aria-labelledby="widget-secret-heading" data-testid="widget-secret">
      <h2 id="widget-secret-heading">Widget secret</h2>
      <p>
        If your customers are signed in on your site, the chat can know who they are, so their history follows them across devices. Your
        server computes <strong>HMAC-SHA256</strong> of the user's id with this secret (hex) and your page passes the user id, a display name
        and that signature to the widget. Frontdesk checks the signature, so nobody can pretend to be another user. The secret belongs on
        your server only, never in web pages or apps.
      </p>
      <pre className="code-block" aria-label="Example in Node.js">
        {"const hmac = require('node:crypto').createHmac('sha256', WIDGET_SECRET).update(user.id).digest('hex');"}
      </pre>
      <ErrorBanner problem={loadProblem ?? rotate.problem} />
      {secret && (
        <>
          {shown ? (
            <CopyField id="widget-secret-value" label="Secret" value={secret} />
          ) : (
            <p>
              <button type="button" className="secondary" onClick={() => setShown(true)}>
                Show secret
              </button>
            </p>
          )}
          <div className="actions">
            <button type="button" className="danger" onClick={() => void doRotate()} disabled={rotate.busy}>
              Rotate secret
            </button>
            <span className="saved" role="status">
              {rotated ? 'A new secret is in place; the old one no longer works.' : ''}
            </span>
          </div>
        </>
      )}
    </section>
  );
}
