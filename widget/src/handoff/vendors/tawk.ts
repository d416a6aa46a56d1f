/**
 * Tawk.to JavaScript API (developer.tawk.to/jsapi): `Tawk_API.setAttributes(
 * attributes, callback)` (keys of letters, digits and dashes),
 * `Tawk_API.addEvent(name, metadata, callback)` (values up to 255
 * characters), `Tawk_API.maximize()`.
 */
import { cap, type ChatAdapter } from './types.ts';

interface Tawk {
  maximize(): void;
  setAttributes(attributes: Record<string, string>, callback?: (error?: unknown) => void): void;
  addEvent(name: string, metadata: Record<string, string>, callback?: (error?: unknown) => void): void;
}

export const tawk: ChatAdapter = {
  vendor: 'tawk',
  found: (win) => typeof (win.Tawk_API as Tawk | undefined)?.maximize === 'function',
  open(win, h) {
    const api = win.Tawk_API as Tawk;
    const ignore = () => {};
    api.setAttributes({ ...(h.name ? { name: h.name } : {}), ...(h.email ? { email: h.email } : {}), 'ayuda-reference': h.reference }, ignore);
    api.addEvent('ayuda-handoff', { reference: h.reference, question: cap(h.question), transcript: cap(h.transcript) }, ignore);
    api.maximize();
  },
};
