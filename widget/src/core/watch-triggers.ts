const SELECTOR = '[data-ayuda-open]';

export interface TriggerHandlers {
  /** A trigger was clicked (or activated with the keyboard: triggers are the site's own buttons and links). */
  open(trigger: HTMLElement, query: string | undefined): void;
  /** The pointer or focus reached a trigger: time to start loading. */
  warm(): void;
}

/**
 * Delegated listeners on `document` (capturing, so triggers added later by a
 * single-page app work and the page's own handlers cannot swallow the click):
 * one click listener that opens, and pointerover/focusin/touchstart to preload.
 * A trigger's `data-ayuda-open` value, if any, is the query to type in.
 * Returns a function removing them all.
 */
export function watchTriggers(doc: Document, handlers: TriggerHandlers): () => void {
  const find = (event: Event): HTMLElement | null => {
    const target = event.target as Element | null;
    return typeof target?.closest === 'function' ? target.closest<HTMLElement>(SELECTOR) : null;
  };
  const onClick = (event: Event): void => {
    const trigger = find(event);
    if (!trigger) return;
    event.preventDefault();
    handlers.open(trigger, trigger.getAttribute('data-ayuda-open') || undefined);
  };
  const onWarm = (event: Event): void => {
    if (find(event)) handlers.warm();
  };
  const stop = new AbortController();
  const { signal } = stop;
  doc.addEventListener('click', onClick, { capture: true, signal });
  for (const type of ['pointerover', 'focusin', 'touchstart']) doc.addEventListener(type, onWarm, { capture: true, passive: true, signal });
  return () => stop.abort();
}
