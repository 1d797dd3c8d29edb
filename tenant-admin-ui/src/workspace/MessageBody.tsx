import { mediaUrl, safeUrl } from './links';
import { linkify } from './timeline';
import type {
  BusinessCardContent,
  LinkContent,
  LocationContent,
  MediaContent,
  MenuContent,
  MessageView,
  TextContent,
} from './types';
import { formatSize } from './uploadChecks';

export function RichText({ text }: { text: string }) {
  return (
    <p className="msg-text">
      {linkify(text).map((part, i) =>
        'url' in part ? (
          <a key={i} href={part.url} target="_blank" rel="noopener noreferrer">
            {part.url}
          </a>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </p>
  );
}

function Media({ type, c }: { type: string; c: MediaContent }) {
  const url = mediaUrl(c.url);
  const name = c.name || type;
  if (!url) return <p className="msg-file">{name} (link expired: reopen the conversation)</p>;
  switch (type) {
    case 'image':
      return (
        <a href={url} target="_blank" rel="noopener noreferrer" className="msg-image">
          <img src={url} alt={name} loading="lazy" />
        </a>
      );
    case 'sticker':
      return <img className="msg-sticker" src={url} alt={`Sticker ${name}`} loading="lazy" />;
    case 'video':
      return <video className="msg-video" src={url} controls preload="metadata" aria-label={name} />;
    case 'voice':
      return <audio className="msg-voice" src={url} controls preload="metadata" aria-label={`Voice message ${name}`} />;
    default:
      return (
        <a className="msg-file" href={url} download={name} target="_blank" rel="noopener noreferrer">
          <span className="file-icon" aria-hidden="true">
            FILE
          </span>
          <span>
            {name}
            {c.size ? <span className="muted"> · {formatSize(c.size)}</span> : null}
          </span>
        </a>
      );
  }
}

function Location({ c }: { c: LocationContent }) {
  const map = `https://www.openstreetmap.org/?mlat=${c.latitude}&mlon=${c.longitude}#map=16/${c.latitude}/${c.longitude}`;
  return (
    <div className="msg-card">
      <strong>📍 {c.name || 'Location'}</strong>
      {c.address && <div>{c.address}</div>}
      <a href={map} target="_blank" rel="noopener noreferrer">
        {c.latitude.toFixed(5)}, {c.longitude.toFixed(5)} on the map
      </a>
    </div>
  );
}

function BusinessCard({ c }: { c: BusinessCardContent }) {
  return (
    <div className="msg-card">
      <strong>{c.name}</strong>
      {(c.title || c.company) && <div>{[c.title, c.company].filter(Boolean).join(', ')}</div>}
      {c.phone && <div>☎ {c.phone}</div>}
      {c.email && <div>✉ {c.email}</div>}
    </div>
  );
}

function Link({ c }: { c: LinkContent }) {
  const url = safeUrl(c.url);
  const thumb = safeUrl(c.thumbUrl);
  return (
    <div className="msg-card msg-link">
      {thumb && <img src={thumb} alt="" loading="lazy" />}
      <div>
        {url ? (
          <a href={url} target="_blank" rel="noopener noreferrer">
            <strong>{c.title}</strong>
          </a>
        ) : (
          <strong>{c.title}</strong>
        )}
        {c.description && <div className="muted">{c.description}</div>}
      </div>
    </div>
  );
}

function Menu({ c }: { c: MenuContent }) {
  return (
    <div className="msg-card msg-menu">
      {c.head && <p>{c.head}</p>}
      <ul>
        {c.items.map((item) => (
          <li key={item.id}>
            {item.type === 'view' && safeUrl(item.url) ? (
              <a href={safeUrl(item.url)!} target="_blank" rel="noopener noreferrer">
                {item.content}
              </a>
            ) : (
              <span className="menu-option">{item.content}</span>
            )}
          </li>
        ))}
      </ul>
      {c.tail && <p>{c.tail}</p>}
    </div>
  );
}

/** Any message type the API has, as a reader should see it. */
export function MessageBody({ message }: { message: Pick<MessageView, 'type' | 'content' | 'recalledAt'> }) {
  if (message.recalledAt || message.content == null) return <p className="msg-recalled">This message was recalled.</p>;
  const c = message.content;
  switch (message.type) {
    case 'text': {
      const t = c as TextContent;
      return (
        <>
          <RichText text={t.text} />
          {t.menuId && <p className="hint">Chose menu option “{t.menuId}”</p>}
        </>
      );
    }
    case 'image':
    case 'sticker':
    case 'video':
    case 'voice':
    case 'file':
      return <Media type={message.type} c={c as MediaContent} />;
    case 'location':
      return <Location c={c as LocationContent} />;
    case 'business_card':
      return <BusinessCard c={c as BusinessCardContent} />;
    case 'link':
      return <Link c={c as LinkContent} />;
    case 'menu':
      return <Menu c={c as MenuContent} />;
    default:
      return <p className="muted">[{message.type} message]</p>;
  }
}
