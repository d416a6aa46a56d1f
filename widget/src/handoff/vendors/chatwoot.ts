/**
 * Chatwoot website SDK (chatwoot.com/docs, "Sending information into
 * Chatwoot"): `$chatwoot.setConversationCustomAttributes({...})` on the
 * conversation, `$chatwoot.setLabel(label)`, `$chatwoot.toggle('open')`.
 */
import type { ChatAdapter } from './types.ts';

interface Chatwoot {
  toggle(state?: 'open' | 'close'): void;
  setConversationCustomAttributes(attributes: Record<string, string>): void;
  setLabel(label: string): void;
}

export const chatwoot: ChatAdapter = {
  vendor: 'chatwoot',
  found: (win) => typeof (win.$chatwoot as Chatwoot | undefined)?.toggle === 'function',
  open(win, h) {
    const $chatwoot = win.$chatwoot as Chatwoot;
    $chatwoot.setConversationCustomAttributes({ ayuda_reference: h.reference, ayuda_question: h.question, ayuda_transcript: h.transcript });
    $chatwoot.setLabel('ayuda');
    $chatwoot.toggle('open');
  },
};
