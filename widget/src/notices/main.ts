/**
 * The notices chunk (`notices.<hash>.js`), loaded by the core when the
 * browser is idle after load, only with a collector and a site key (no
 * collector → no notices). It asks the
 * collector for the site's live notices (`GET /v1/notices/:site`: no cookies;
 * the browser's cache revalidates it with its ETag), keeps those live now,
 * and marks the launcher for an incident on this page (`data-notice`, with a
 * small stylesheet of its own: the launcher's budget holds no notice code).
 * The entries read most per page (`suggested`) join the options'
 * suggestion rules, after the script tag's: the panel opens on them (its
 * next open, if it was already open).
 * The panel shows them (widget/src/panel/notice-view.tsx).
 */
import type { AyudaOptions, LoadedNotices } from '../core/contract.ts';
import { appliesTo, bySeverity, isLive } from './match.ts';
import { applyScriptContext } from '../options/script-data.ts';
import { provideNotices } from './slot.ts';
import type { NoticesReply } from './types.ts';

const MARK_CSS =
  '.launcher[data-notice]{position:fixed}' +
  '.launcher[data-notice]::after{content:"";position:absolute;top:-3px;right:-3px;width:14px;height:14px;border-radius:50%;background:#c5221f;box-shadow:0 0 0 2px #fff}' +
  '@media (forced-colors:active){.launcher[data-notice]::after{background:Mark;box-shadow:none;border:1px solid CanvasText}}';

/** Fetch once per instance (./slot.ts, where the panel finds them); `undefined` when the collector cannot be reached (no notices then). */
export function startNotices(options: AyudaOptions, fetcher: typeof fetch = fetch): Promise<LoadedNotices | undefined> {
  return provideNotices(applyScriptContext(options), () => fetchNotices(options, fetcher));
}

async function fetchNotices(options: AyudaOptions, fetcher: typeof fetch): Promise<LoadedNotices | undefined> {
  const { collector, site } = options;
  if (!collector || !site) return undefined;
  try {
    const response = await fetcher(`${collector.replace(/\/+$/, '')}/v1/notices/${encodeURIComponent(site)}`, { credentials: 'omit' });
    if (!response.ok) return undefined;
    const reply = (await response.json()) as NoticesReply;
    if (reply.suggested) options.suggestions = [...(options.suggestions ?? []), ...Object.entries(reply.suggested).map(([pattern, ids]) => ({ pattern, ids }))];
    const now = Date.now();
    const live = reply.notices.filter((n) => isLive(n, now)).sort(bySeverity);
    const onPage = live.filter((n) => appliesTo(n, location.pathname, options.context));
    const incident = onPage.find((n) => n.severity === 'incident');
    // The floating launcher, in the host's open shadow root (widget/src/core/create-host.ts).
    const launcher = document.querySelector('[data-ayuda-root]')?.shadowRoot?.querySelector<HTMLElement>('.launcher');
    if (launcher && incident) mark(launcher, incident.ends_at - now);
    return { notices: live, onPage: onPage.map((n) => n.id), ...(reply.index ? { index: reply.index } : {}) };
  } catch {
    return undefined;
  }
}

/** The launcher's mark, until the notice ends. */
function mark(launcher: HTMLElement, ms: number): void {
  const root = launcher.getRootNode() as ShadowRoot;
  if (root.adoptedStyleSheets && !launcher.hasAttribute('data-notice')) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(MARK_CSS);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
  launcher.setAttribute('data-notice', 'incident');
  setTimeout(() => launcher.removeAttribute('data-notice'), Math.min(ms, 2 ** 31 - 1));
}
