/**
 * Notices: what a site's lead publishes on the dashboard (a delivery delay,
 * an outage, a recall) and the widget shows before the customer asks. The
 * public JSON the collector serves (`GET /v1/notices/:site`) and the widget
 * reads; shared by both sides, types only.
 */
import type { FaqIndex } from '../search/index-format.ts';

export const SEVERITIES = ['info', 'warning', 'incident'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** One active notice as the widget receives it: sanitized HTML bodies per locale. */
export interface PublicNotice {
  /** "n" and the collector's number: "n12". */
  id: string;
  severity: Severity;
  /** Epoch ms. */
  starts_at: number;
  ends_at: number;
  /** Page path patterns ("/envios/*", "*" wildcard); empty with `contexts` empty: every page. */
  paths: string[];
  /** `data-context` values as "key=value" ("category=aspiradoras"). */
  contexts: string[];
  /** Per locale ("es", "en"): the title as text, the body as sanitized HTML. */
  content: Record<string, { title: string; html: string }>;
}

export interface NoticesReply {
  notices: PublicNotice[];
  /**
   * A search index over the notices (one entry per notice and locale, id =
   * the notice's id): its title, the customers' words and its own text as
   * phrasings, the related FAQ entries' text as body. Absent without notices.
   */
  index?: FaqIndex;
  /**
   * The entries customers read most per page path pattern ("/producto/v8",
   * "/producto/*"), most specific first, learned by the collector
   * (server/notices/suggested.ts). Absent when nothing is learned yet.
   */
  suggested?: Record<string, string[]>;
}
