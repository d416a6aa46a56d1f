/**
 * Where the dialog sits, while it is open. On wide screens it floats next
 * to its anchor (the launcher or the trigger), kept there by Floating UI's
 * autoUpdate (offset, flip, shift, and size so it never outgrows the room
 * left by the anchor); on screens ≤ 480 px wide it is a full-screen sheet whose top
 * and height follow `visualViewport`, so the on-screen keyboard never
 * covers the search box. Floating UI is its own chunk, fetched on wide
 * screens only (phones never pay for it).
 *
 * Coordinates are written through the CSSOM (`element.style`), which a
 * strict `style-src` CSP allows, unlike style attributes in markup.
 * Returns the cleanup to call on close.
 */
export const NARROW = '(max-width: 480px)';

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

  const fitSheet = () => {
    if (!narrow.matches || !viewport) return;
    style.setProperty('--ay-vh', `${viewport.height}px`);
    style.setProperty('--ay-vt', `${viewport.offsetTop}px`);
  };

  const apply = () => {
    stopFloating?.();
    stopFloating = undefined;
    for (const p of ['left', 'top', 'right', 'bottom', 'opacity', 'max-height']) style.removeProperty(p);
    if (narrow.matches || !anchor) return fitSheet();
    // Hidden (yet focusable) until the first position is known, so it never jumps.
    style.opacity = '0';
    loadFloating().then(
      ({ autoUpdate, computePosition, flip, offset, shift, size }) => {
        if (!alive || narrow.matches) return;
        stopFloating = autoUpdate(anchor, panel, () =>
          computePosition(anchor, panel, {
            strategy: 'fixed',
            placement: 'top-end',
            middleware: [
              offset(12),
              flip(),
              shift({ padding: 8 }),
              // Never taller than the room left by the anchor (a trigger high up on the page).
              size({ padding: 8, apply: ({ availableHeight }) => void (style.maxHeight = `${Math.max(240, availableHeight)}px`) }),
            ],
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
    stopFloating?.();
    narrow.removeEventListener('change', apply);
    viewport?.removeEventListener('resize', fitSheet);
    viewport?.removeEventListener('scroll', fitSheet);
  };
}
