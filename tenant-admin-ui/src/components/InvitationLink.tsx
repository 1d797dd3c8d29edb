import { useState } from 'react';

/** Shows a freshly created invitation link with a copy button. */
export function InvitationLink({ email, url, onClose }: { email: string; url: string; onClose: () => void }) {
  const link = url.startsWith('http') ? url : location.origin + (url.startsWith('/') ? url : `/${url}`);
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      // Clipboard API unavailable (e.g. plain http): select the text so the admin can copy by hand.
      const input = document.getElementById('invitation-link') as HTMLInputElement | null;
      input?.select();
    }
  }

  return (
    <div className="invitation" role="status">
      <p>
        Send this link to <strong>{email}</strong> so they can choose a password:
      </p>
      <label htmlFor="invitation-link">Invitation link</label>
      <div className="copy-row">
        <input id="invitation-link" readOnly value={link} onFocus={(e) => e.target.select()} />
        <button type="button" onClick={copy}>
          {copied ? 'Copied' : 'Copy link'}
        </button>
      </div>
      <button type="button" className="link" onClick={onClose}>
        Done
      </button>
    </div>
  );
}
