/**
 * Crisp chatbox (docs.crisp.chat, "$crisp Methods"): a queue of commands,
 * `["set", "session:data", [[[key, value], …]]]` for session data,
 * `["set", "message:text", [text]]` to prefill the message,
 * `["do", "chat:open"]` to open it.
 */
import type { ChatAdapter } from './types.ts';

interface Crisp {
  push(command: unknown[]): void;
}

export const crisp: ChatAdapter = {
  vendor: 'crisp',
  found: (win) => typeof (win.$crisp as Crisp | undefined)?.push === 'function',
  open(win, h) {
    const $crisp = win.$crisp as Crisp;
    if (h.email) $crisp.push(['set', 'user:email', [h.email]]);
    if (h.name) $crisp.push(['set', 'user:nickname', [h.name]]);
    $crisp.push(['set', 'session:data', [[['ayuda_reference', h.reference], ['ayuda_question', h.question], ['ayuda_transcript', h.transcript]]]]);
    $crisp.push(['set', 'message:text', [h.message]]);
    $crisp.push(['do', 'chat:open']);
  },
};
