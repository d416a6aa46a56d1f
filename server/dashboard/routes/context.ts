/** What every dashboard route module receives. */
import type { Kysely } from 'kysely';
import type { CollectorConfig } from '../../config/config.ts';
import type { DashboardSchema } from '../../db/dashboard-schema.ts';
import type { Guards } from '../../auth/auth-plugin.ts';
import type { GroupingStep } from '../../grouping/grouping-step.ts';
import type { SiteRegistry } from '../../sites/registry.ts';
import type { FaqCatalog } from '../../sites/faq-catalog.ts';

export interface RouteContext {
  db: Kysely<DashboardSchema>;
  config: CollectorConfig;
  sites: SiteRegistry;
  guards: Guards;
  grouping: GroupingStep;
  /** Each site's FAQ (entry titles, its search engine), from the site's `faq`. */
  faqs: FaqCatalog;
  /** Group what arrived since the last step (bounded in time) before reading groups. */
  fresh(): Promise<void>;
  /** The time a request may spend catching a background step up, in ms. */
  freshMs: number;
}
