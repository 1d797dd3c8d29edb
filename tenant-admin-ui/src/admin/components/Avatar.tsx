import { useState } from 'react';
import { initials, sameOriginFileUrl } from '../avatar';

/** An account's avatar, or its initials while it has none or the image fails (e.g. its signed link expired). */
export function Avatar({ name, url, size = 48 }: { name: string; url: string | null | undefined; size?: number }) {
  const src = sameOriginFileUrl(url);
  const [failed, setFailed] = useState<string | null>(null);
  const style = { width: size, height: size, fontSize: size * 0.4 };
  if (src && failed !== src) {
    return <img className="avatar" src={src} alt={`Avatar of ${name}`} style={style} onError={() => setFailed(src)} data-testid="account-avatar" />;
  }
  return (
    <span className="avatar initials" style={style} aria-hidden="true">
      {initials(name) || '?'}
    </span>
  );
}
