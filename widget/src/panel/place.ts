/**
 * Where the dialog sits, while it is open. On wide screens it floats next
 * to its anchor (the launcher or the trigger), placed by ./float-near.ts and
 * placed again when the page scrolls or resizes or either element changes
 * size; on viewports ≤ 480 px wide (phones) or high (landscape phones,
 * 200% zoom on a laptop) it is a full-screen sheet whose top and height
 * follow `visualViewport`, so the on-screen keyboard never covers the
 * search box.
 *
 * Coordinates are written through the CSSOM (`element.style`), which a
 * strict `style-src` CSP allows, unlike style attributes in markup.
 * Returns the cleanup to call on close.
 */
import { floatNear } from './float-near.ts';

export const NARROW = '(max-width: 480px), (max-height: 480px)';

export function place(panel: HTMLElement, anchor: HTMLElement | undefined, win: Window = window): () => void {
  const narrow = win.matchMedia(NARROW);
  const viewport = win.visualViewport;
  const { style } = panel;
  let stopFloating: (() => void) | undefined;

  const fitSheet = () => {
    if (!narrow.matches || !viewport) return;
    style.setProperty('--ay-vh', `${viewport.height}px`);
    style.setProperty('--ay-vt', `${viewport.offsetTop}px`);
  };

  /** Keep the panel next to its anchor while the page scrolls or resizes, or either changes size. */
  const follow = (target: HTMLElement): (() => void) => {
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const { x, y } = floatNear(target.getBoundingClientRect(), panel.getBoundingClientRect(),
          { width: win.innerWidth, height: win.innerHeight }, win.getComputedStyle(panel).direction === 'rtl');
        Object.assign(style, { left: `${x}px`, top: `${y}px`, right: 'auto', bottom: 'auto' });
      });
    };
    const resized = typeof ResizeObserver === 'function' ? new ResizeObserver(update) : undefined;
    resized?.observe(panel);
    resized?.observe(target);
    win.addEventListener('resize', update);
    win.addEventListener('scroll', update, { capture: true, passive: true });
    update();
    return () => {
      cancelAnimationFrame(frame);
      resized?.disconnect();
      win.removeEventListener('resize', update);
      win.removeEventListener('scroll', update, { capture: true });
    };
  };

  const apply = () => {
    stopFloating?.();
    stopFloating = undefined;
    for (const p of ['left', 'top', 'right', 'bottom']) style.removeProperty(p);
    if (narrow.matches || !anchor) return fitSheet();
    stopFloating = follow(anchor);
  };

  apply();
  narrow.addEventListener('change', apply);
  viewport?.addEventListener('resize', fitSheet);
  viewport?.addEventListener('scroll', fitSheet);
  return () => {
    stopFloating?.();
    narrow.removeEventListener('change', apply);
    viewport?.removeEventListener('resize', fitSheet);
    viewport?.removeEventListener('scroll', fitSheet);
  };
}
