/** Every chat adapter, and which chats are on the page. */
import type { ChatVendor } from '../types.ts';
import { chatwoot } from './chatwoot.ts';
import { crisp } from './crisp.ts';
import { freshchat } from './freshchat.ts';
import { intercom } from './intercom.ts';
import { tawk } from './tawk.ts';
import type { ChatAdapter, ChatWindow } from './types.ts';
import { zendesk } from './zendesk.ts';

export type { ChatAdapter, ChatHandoff, ChatWindow } from './types.ts';

export const CHAT_ADAPTERS: readonly ChatAdapter[] = [intercom, crisp, zendesk, chatwoot, tawk, freshchat];

/** Vendors whose chat API is on the page, in {@link CHAT_ADAPTERS} order. */
export function chatsOnPage(win: ChatWindow = window as unknown as ChatWindow): ChatVendor[] {
  return CHAT_ADAPTERS.filter((a) => {
    try {
      return a.found(win);
    } catch {
      return false;
    }
  }).map((a) => a.vendor);
}

export function chatAdapter(vendor: ChatVendor): ChatAdapter {
  return CHAT_ADAPTERS.find((a) => a.vendor === vendor)!;
}
