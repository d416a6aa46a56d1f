import { adoptStyles } from './adopt-styles.ts';

/**
 * The widget's one element in the page: `<div data-ayuda-root>` appended to
 * body, with an open shadow root holding everything else. Positioning is
 * also set through the CSSOM (allowed by a `style-src 'self'` CSP), so the
 * host is fixed above the page even before its sheets apply.
 */
export function createHost(doc: Document, css: string[]): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement('div');
  host.setAttribute('data-ayuda-root', '');
  host.style.setProperty('position', 'fixed', 'important');
  host.style.setProperty('z-index', '2147483000', 'important');
  const root = host.attachShadow({ mode: 'open' });
  for (const sheet of css) adoptStyles(root, sheet);
  (doc.body ?? doc.documentElement).append(host);
  return { host, root };
}
