import { useEffect, useState } from 'react';

export type Route =
  | { page: 'signup' }
  | { page: 'login' }
  | { page: 'org' }
  | { page: 'invite'; token: string }
  | { page: 'accounts'; path: string[] }
  | { page: 'workspace'; sessionId: string | null }
  | { page: 'plugins' }
  | { page: 'knowledge' }
  | { page: 'billing' }
  | { page: 'tenants' }
  | { page: 'plans' }
  | { page: 'payment-providers' };

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  const [first, ...rest] = path.split('/');
  switch (first) {
    case 'signup':
      return { page: 'signup' };
    case 'login':
      return { page: 'login' };
    case 'invite':
      return { page: 'invite', token: decodeURIComponent(rest.join('/')) };
    case 'accounts':
      return { page: 'accounts', path: rest };
    case 'workspace':
      return { page: 'workspace', sessionId: rest[0] ? decodeURIComponent(rest[0]) : null };
    case 'plugins':
      return { page: 'plugins' };
    case 'knowledge':
      return { page: 'knowledge' };
    case 'billing':
      return { page: 'billing' };
    case 'tenants':
      return { page: 'tenants' };
    case 'plans':
      return { page: 'plans' };
    case 'payment-providers':
      return { page: 'payment-providers' };
    default:
      return { page: 'org' };
  }
}

export function navigate(path: string): void {
  location.hash = path;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseHash(location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
