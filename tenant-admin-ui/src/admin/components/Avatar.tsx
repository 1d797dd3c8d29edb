import { initials } from '../avatar';

/** An account's avatar, or its initials while it has none (or the signed link has expired). */
export function Avatar({ name, url, size = 48 }: { name: string; url: string | null | undefined; size?: number }) {
  const style = { width: size, height: size, fontSize: size * 0.4 };
  if (url) return <img className="avatar" src={url} alt={`Avatar of ${name}`} style={style} data-testid="account-avatar" />;
  return (
    <span className="avatar initials" style={style} aria-hidden="true">
      {initials(name) || '?'}
    </span>
  );
}
