/** The dashboard in English: one file per page or section in ./en/, assembled in the order of ./types.ts. */
import type { DashboardStrings } from './types.ts';
import { common } from './en/common.ts';
import { groups } from './en/groups.ts';
import { measures } from './en/measures.ts';
import { inbox } from './en/inbox.ts';
import { users } from './en/users.ts';
import { learned } from './en/learned.ts';
import { privacy } from './en/privacy.ts';
import { sites } from './en/sites.ts';
import { notices } from './en/notices.ts';
import { csv } from './en/csv.ts';

export const en: DashboardStrings = {
  ...common,
  ...groups,
  ...measures,
  ...inbox,
  ...users,
  ...learned,
  ...privacy,
  ...sites,
  ...notices,
  ...csv,
};
