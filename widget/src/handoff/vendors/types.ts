/**
 * A live chat already on the page (Intercom, Crisp, Zendesk messaging,
 * Chatwoot, Tawk.to, Freshchat): found by the global its snippet defines,
 * opened with the hand-off passed through that vendor's documented calls.
 */
import type { ChatVendor } from '../types.ts';

/** What a chat receives. */
export interface ChatHandoff {
  reference: string;
  question: string;
  /** Written as the customer: question, details, reference. Prefilled where the vendor allows it. */
  message: string;
  /** The steps the customer took in help, one per line. */
  transcript: string;
  email?: string;
  name?: string;
  /** Zendesk: the conversation field that receives the transcript. */
  zendeskFieldId?: string;
}

/** The page's globals, as far as the adapters look at them. */
export type ChatWindow = Record<string, unknown>;

export interface ChatAdapter {
  vendor: ChatVendor;
  /** Whether the vendor's API is on the page. */
  found(win: ChatWindow): boolean;
  /** Open the vendor's chat with the hand-off. */
  open(win: ChatWindow, handoff: ChatHandoff): void;
}

/** Values some vendors cap (Intercom, Tawk.to: 255 characters). */
export function cap(text: string, max = 255): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
