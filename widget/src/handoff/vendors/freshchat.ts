/**
 * Freshchat web messenger (developers.freshchat.com, "Web SDK"):
 * `fcWidget.user.setProperties({...})` for user properties,
 * `fcWidget.open({ replyText })` opens it with the reply box prefilled.
 */
import type { ChatAdapter } from './types.ts';

interface FcWidget {
  open(options?: { replyText?: string }): void;
  user?: { setProperties(properties: Record<string, string>): unknown };
}

export const freshchat: ChatAdapter = {
  vendor: 'freshchat',
  found: (win) => typeof (win.fcWidget as FcWidget | undefined)?.open === 'function',
  open(win, h) {
    const fc = win.fcWidget as FcWidget;
    fc.user?.setProperties({ ...(h.email ? { email: h.email } : {}), ...(h.name ? { firstName: h.name } : {}), ayuda_reference: h.reference, ayuda_transcript: h.transcript });
    fc.open({ replyText: h.message });
  },
};
