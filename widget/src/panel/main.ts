/**
 * The panel chunk, loaded lazily by the core (widget/src/core/): Preact, the
 * search engine and the help panel. The contract is ../core/contract.ts
 * (`PanelModule`).
 *
 * @example
 *   const { createSearchEngine, mountPanel } = await import('./panel/main.ts');
 *   const panel = mountPanel(containerInShadowRoot, { engine: createSearchEngine(index), lang: 'es', mode: 'dialog', options, onClose, emit });
 *   panel.open('devolución');
 */
import { h, render } from 'preact';
import type { PanelContext, PanelHandle } from '../core/contract.ts';
import { adoptSheet } from './adopt-sheet.ts';
import { applyScriptData } from '../options/script-data.ts';
import { Panel, type OpenRequest } from './panel.tsx';
import { journal } from './handoff-slot.tsx';
import { createReporter } from './reporter.ts';

export { mountInline } from './inline-element.ts';
export { find } from './load-locale.ts';

import { createSearchEngine as createEngine, type SearchEngine } from '../search/engine.ts';
import type { FaqIndex } from '../search/index-format.ts';
import { loadStemmers } from '../search/stem.ts';

/**
 * The engine over the page language's part of the index, once that
 * language's stemmer has loaded; its warm-up starts at once (on intent,
 * before the panel opens), not when the panel is drawn.
 */
export async function createSearchEngine(index: FaqIndex): Promise<SearchEngine> {
  await loadStemmers(index.locales.map((l) => l.locale));
  const engine = createEngine(index);
  warmWhenIdle(engine);
  return engine;
}

/**
 * What the first keystroke would otherwise build (BM25 postings, character
 * grams, the typo word list: ~0.25 s per 1,000 entries), built in slices of a
 * few ms while the browser is idle, so a large FAQ never blocks the page.
 * A search before it is done finishes it at once.
 */
function warmWhenIdle(engine: SearchEngine): void {
  const idle = (fn: (deadline?: IdleDeadline) => void): unknown => ('requestIdleCallback' in window ? requestIdleCallback(fn, { timeout: 500 }) : setTimeout(fn, 16));
  const slice = (deadline?: IdleDeadline): void => {
    const end = performance.now() + Math.min(deadline?.timeRemaining() ?? 8, 8);
    do if (engine.warmStep()) return;
    while (performance.now() < end);
    idle(slice);
  };
  idle(slice);
}

/** Render the panel into `container` (an element inside a shadow root). */
export function mountPanel(container: HTMLElement, context: PanelContext): PanelHandle {
  applyScriptData(context.options);
  const unadopt = adoptSheet(container);
  const reporter = createReporter((event) => {
    if (context.consented?.() === false) return;
    context.emit(event);
    journal(context, event);
  });
  const inline = context.mode === 'inline';
  let open = inline;
  let request: OpenRequest = { seq: 0, anchor: context.anchor };

  const draw = () => render(h(Panel, { ctx: context, reporter, open, request, onClose: closeByCustomer }), container);
  const close = () => {
    if (!open || inline) return;
    open = false;
    reporter.closed();
    draw();
  };
  function closeByCustomer() {
    if (!open || inline) return;
    close();
    context.onClose();
  }

  const flush = () => reporter.flush();
  addEventListener('pagehide', flush);
  draw();
  return {
    open(query, anchor) {
      open = true;
      request = { seq: request.seq + 1, query, anchor: anchor ?? request.anchor };
      draw();
    },
    close,
    destroy() {
      removeEventListener('pagehide', flush);
      close();
      reporter.flush();
      render(null, container);
      unadopt();
    },
  };
}
