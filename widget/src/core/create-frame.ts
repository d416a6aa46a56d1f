import { loadErrorNote, uiStrings } from './ui-strings.ts';

export interface FrameActions {
  close(): void;
  retry(): void;
}

/**
 * The dialog's frame, drawn by the core itself in the frame of a tap while
 * the panel's files are still on their way (a slow network): the title, a
 * close button and, where the search box will be, "Loading…" (`aria-busy`
 * on the dialog). When loading failed, the frame holds the error (an alert)
 * and a retry button instead. Escape closes it, as it closes the panel.
 * Placed like the panel (`.frame` in ./core-css.ts), a full-screen sheet on
 * phones. The caller focuses its first button (retry, or close).
 */
export function createFrame(doc: Document, lang: string, left: boolean, failed: boolean, actions: FrameActions): HTMLElement {
  const words = uiStrings(lang);
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, text: string): HTMLElementTagNameMap[K] => {
    const el = doc.createElement(tag);
    el.textContent = text;
    return el;
  };
  const frame = make('div', '');
  frame.className = left ? 'frame left' : 'frame';
  frame.setAttribute('role', 'dialog');
  frame.setAttribute('aria-label', words.help);
  if (!failed) frame.setAttribute('aria-busy', 'true');
  frame.onkeydown = (e) => e.key === 'Escape' && actions.close();
  const close = make('button', '×');
  close.setAttribute('aria-label', words.close);
  close.onclick = actions.close;
  const retry = make('button', words.retry);
  retry.onclick = actions.retry;
  // Close last, in the corner; the first button takes focus (retry, or close).
  frame.append(make('b', words.help), failed ? loadErrorNote(doc, lang) : make('p', words.loading), ...(failed ? [retry] : []), close);
  return frame;
}
