/** Focusable elements, in the order Tab visits them (the panel sets no positive tabindex). */
const FOCUSABLE = 'a[href],button:not([disabled]),input:not([disabled]),textarea:not([disabled]),[tabindex]:not([tabindex="-1"])';

/** On Tab and Shift+Tab, wrap focus around the ends of `root` instead of leaving it. */
export function trapTab(event: KeyboardEvent, root: HTMLElement): void {
  const items = root.querySelectorAll<HTMLElement>(FOCUSABLE);
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return;
  const current = (root.getRootNode() as ShadowRoot | Document).activeElement;
  const target = event.shiftKey ? (current === first || current === root ? last : undefined) : current === last ? first : undefined;
  if (!target) return;
  event.preventDefault();
  target.focus();
}
