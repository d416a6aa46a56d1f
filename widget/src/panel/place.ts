/**
 * Where the dialog sits, while it is open. On wide screens it floats next
 * to its anchor (the launcher or the trigger), kept there by Floating UI's
 * autoUpdate; on viewports ≤ 480 px wide (phones) or high (landscape phones,
 * 200% zoom on a laptop) it is a full-screen sheet whose top
 * and height follow `visualViewport`, so the on-screen keyboard never
 * covers the search box. Floating UI is its own chunk, fetched on wide
 * screens only (phones never pay for it).
 *
 * Coordinates are written through the CSSOM (`element.style`), which a
 * strict `style-src` CSP allows, unlike style attributes in markup.
 * Returns the cleanup to call on close.
 */
export const NARROW = '(max-width: 480px), (max-height: 480px)';

/** Longest wait for Floating UI before the dialog shows in its corner anyway. */
export const REVEAL_MS = 400;

type Floating = typeof import('./floating.ts');
let floating: Promise<Floating> | undefined;

/** Start fetching Floating UI (once). */
export function loadFloating(): Promise<Floating> {
  return (floating ??= import('./floating.ts'));
}

export function place(panel: HTMLElement, anchor: HTMLElement | undefined, win: Window = window): () => void {
  const narrow = win.matchMedia(NARROW);
  const viewport = win.visualViewport;
  const { style } = panel;
  let alive = true;
  let stopFloating: (() => void) | undefined;
  let reveal: ReturnType<typeof setTimeout> | undefined;

  const fitSheet = () => {
    if (!narrow.matches || !viewport) return;
    style.setProperty('--ay-vh', `${viewport.height}px`);
    style.setProperty('--ay-vt', `${viewport.offsetTop}px`);
  };

  const apply = () => {
    stopFloating?.();
    stopFloating = undefined;
    for (const p of ['left', 'top', 'right', 'bottom', 'opacity']) style.removeProperty(p);
    if (narrow.matches || !anchor) return fitSheet();
    // Transparent (yet focusable) until the first position is known, so it does not jump;
    // shown where it is if Floating UI is slow to arrive.
    style.opacity = '0';
    clearTimeout(reveal);
    reveal = setTimeout(() => style.removeProperty('opacity'), REVEAL_MS);
    loadFloating().then(
      ({ autoUpdate, computePosition, flip, offset, shift }) => {
        if (!alive || narrow.matches) return;
        stopFloating = autoUpdate(anchor, panel, () =>
          computePosition(anchor, panel, {
            strategy: 'fixed',
            placement: 'top-end',
            // Above or below the anchor, whichever has more room; when neither has enough (a
            // trigger mid-page), slid along to stay whole in the viewport, over the trigger.
            middleware: [offset(12), flip(), shift({ padding: 8, crossAxis: true })],
          }).then(({ x, y }) => {
            if (!alive || !stopFloating) return;
            Object.assign(style, { left: `${x}px`, top: `${y}px`, right: 'auto', bottom: 'auto', opacity: '' });
          }),
        );
      },
      () => style.removeProperty('opacity'),
    );
  };

  apply();
  narrow.addEventListener('change', apply);
  viewport?.addEventListener('resize', fitSheet);
  viewport?.addEventListener('scroll', fitSheet);
  return () => {
    alive = false;
    clearTimeout(reveal);
    stopFloating?.();
    narrow.removeEventListener('change', apply);
    viewport?.removeEventListener('resize', fitSheet);
    viewport?.removeEventListener('scroll', fitSheet);
  };
}
