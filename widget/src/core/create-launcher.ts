import { createIcon } from './create-icon.ts';

/**
 * The floating launcher: a real `<button>` whose accessible name is its
 * visible label ("Ayuda", "Help"), announcing that it opens a dialog.
 */
export function createLauncher(doc: Document, label: string, left: boolean): HTMLButtonElement {
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = left ? 'launcher left' : 'launcher';
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('part', 'launcher');
  const text = doc.createElement('span');
  text.textContent = label;
  button.append(createIcon(doc), text);
  return button;
}
