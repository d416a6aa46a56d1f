/**
 * The views of alternates learned from customers (GET /api/alternates and
 * the export), shared by the server and the UI bundle: types only.
 */
import type { SiteView } from './views.ts';

export type ProposalStatus = 'proposed' | 'accepted' | 'rejected';

/** One wording customers resolved on an entry. */
export interface AlternateProposal {
  id: number;
  /** The wording as first typed: customer text, shown as text only. */
  text: string;
  locale: string;
  /** Help sessions that ended resolved with it. */
  sessions: number;
  last_at: number;
  status: ProposalStatus;
  decided_by: string | null;
  decided_at: number | null;
}

export interface AlternatesEntry {
  entry: string;
  /** The entry's question, from the site's FAQ index (null: not in it). */
  title: string | null;
  proposals: AlternateProposal[];
}

/** GET /api/alternates?site=&status=. */
export interface AlternatesReply {
  site: string;
  status: ProposalStatus;
  /** The site's FAQ index and whether it loaded: proposals need it. */
  faq: SiteView['faq'];
  entries: AlternatesEntry[];
}

/** A read-only export token as listed (the token itself is shown once, when created). */
export interface ApiTokenView {
  id: number;
  site: string;
  name: string;
  /** Its last 4 characters. */
  hint: string;
  created_by: string;
  created_at: number;
  last_used_at: number | null;
  revoked_at: number | null;
}
