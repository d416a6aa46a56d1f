/**
 * Intercom Messenger (developers.intercom.com, "Javascript API: Methods"):
 * `Intercom('update', attributes)` sets custom data attributes on the user,
 * `Intercom('showNewMessage', text)` opens the composer with text prefilled.
 */
import { cap, type ChatAdapter } from './types.ts';

type IntercomFn = (method: string, arg?: unknown) => void;

export const intercom: ChatAdapter = {
  vendor: 'intercom',
  found: (win) => typeof win.Intercom === 'function',
  open(win, h) {
    const Intercom = win.Intercom as IntercomFn;
    Intercom('update', {
      ...(h.email ? { email: h.email } : {}),
      ...(h.name ? { name: h.name } : {}),
      ayuda_reference: h.reference,
      ayuda_question: cap(h.question),
      ayuda_transcript: cap(h.transcript),
    });
    Intercom('showNewMessage', h.message);
  },
};
