import { adoptStyles } from './adopt-styles.ts';

/**
 * The widget's one element in the page: `<div data-ayuda-root>` appended to
 * body once the page is parsed (an async ayuda.js may run from <head> or in
 * the middle of body, and the host must come after the page's content), with
 * an open shadow root holding everything else. Positioning is also set through the CSSOM
 * (allowed by a `style-src 'self'` CSP), so the host is fixed above the page
 * even before its sheets apply. The z-index is the maximum: pages do put
 * bars and sections at 2147483647, and among equal z-indexes the host,
 * appended last to body, paints on top. `remove()` takes it out again.
 */
export function createHost(doc: Document, css: string[]): { host: HTMLElement; root: ShadowRoot; remove(): void } {
  const host = doc.createElement('div');
  host.setAttribute('data-ayuda-root', '');
  host.style.cssText = 'position:fixed!important;z-index:2147483647!important';
  const root = host.attachShadow({ mode: 'open' });
  for (const sheet of css) adoptStyles(root, sheet);
  let waiting = doc.readyState === 'loading' || !doc.body;
  const insert = (): void => {
    if (waiting) doc.removeEventListener('DOMContentLoaded', insert);
    waiting = false;
    doc.body.append(host);
  };
  if (waiting) doc.addEventListener('DOMContentLoaded', insert);
  else insert();
  return {
    host,
    root,
    remove() {
      if (waiting) doc.removeEventListener('DOMContentLoaded', insert);
      waiting = false;
      host.remove();
    },
  };
}
