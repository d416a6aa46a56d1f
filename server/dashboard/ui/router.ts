/**
 * A small history-API router for the dashboard's few pages. The URL holds
 * everything a view shows (path and filters), so a view can be shared,
 * reloaded and exported as it is.
 */
import { useEffect, useState } from 'preact/hooks';

export const BASE = '/dashboard';
const EVENT = 'ayuda:navigate';

export interface Location {
  /** Path below /dashboard: "/", "/groups/12"... */
  path: string;
  query: URLSearchParams;
  /** Search string with "?", or "". */
  search: string;
}

function current(): Location {
  const path = location.pathname.startsWith(BASE) ? location.pathname.slice(BASE.length) || '/' : location.pathname;
  return { path, query: new URLSearchParams(location.search), search: location.search };
}

export function navigate(href: string, replace = false): void {
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  window.dispatchEvent(new Event(EVENT));
}

export function useLocation(): Location {
  const [loc, setLoc] = useState(current);
  useEffect(() => {
    const update = (): void => setLoc(current());
    window.addEventListener('popstate', update);
    window.addEventListener(EVENT, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(EVENT, update);
    };
  }, []);
  return loc;
}

/** Parameters of `pattern` ("/groups/:id") in `path`, or null. */
export function match(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.split('/');
  const s = path.replace(/\/$/, '').split('/');
  if (pattern === '/' ) return path === '/' || path === '' ? {} : null;
  if (p.length !== s.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    if (p[i]!.startsWith(':')) params[p[i]!.slice(1)] = decodeURIComponent(s[i]!);
    else if (p[i] !== s[i]) return null;
  }
  return params;
}

/** Follow an in-app link without reloading (plain clicks only). */
export function onLinkClick(event: MouseEvent): void {
  const a = (event.currentTarget as HTMLAnchorElement | null) ?? null;
  if (!a || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  if (a.target || a.hasAttribute('download') || !a.href.startsWith(`${location.origin}${BASE}`) || a.pathname.startsWith(`${BASE}/api/`)) return;
  event.preventDefault();
  navigate(a.pathname + a.search);
}
