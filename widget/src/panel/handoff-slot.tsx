import type { SearchResult } from '../search/engine.ts';

/**
 * Where the hand-off to a human (chat, email, a form with the conversation
 * so far) will appear: after a search that found nothing or only weak
 * matches, and after "No, this did not answer my question". It renders
 * nothing until that issue lands.
 */
export interface HandoffSlotProps {
  query: string;
  result?: SearchResult;
  entryId?: string;
}

export function HandoffSlot(_props: HandoffSlotProps) {
  return null;
}
