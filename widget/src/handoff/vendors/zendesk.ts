/**
 * Zendesk messaging Web Widget (developer.zendesk.com, "Web Widget
 * (messaging) API"): `zE('messenger:set', 'conversationTags', [...])`,
 * `zE('messenger:set', 'conversationFields', [{ id, value }])` for a custom
 * ticket field the site owner created (its id in the channel's
 * `zendeskFieldId`), then `zE('messenger', 'open')`. Messaging has no call
 * to prefill the customer's message: the reference travels as a tag.
 */
import type { ChatAdapter } from './types.ts';

type ZE = (scope: string, command: string, arg?: unknown) => void;

export const zendesk: ChatAdapter = {
  vendor: 'zendesk',
  found: (win) => typeof win.zE === 'function',
  open(win, h) {
    const zE = win.zE as ZE;
    zE('messenger:set', 'conversationTags', ['ayuda', `ayuda_${h.reference.toLowerCase().replace(/-/g, '_')}`]);
    if (h.zendeskFieldId) zE('messenger:set', 'conversationFields', [{ id: h.zendeskFieldId, value: `${h.message}\n\n${h.transcript}` }]);
    zE('messenger', 'open');
  },
};
