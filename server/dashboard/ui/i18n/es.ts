/** The dashboard in Spanish: one file per page or section in ./es/, assembled in the order of ./types.ts. */
import type { DashboardStrings } from './types.ts';
import { common } from './es/common.ts';
import { groups } from './es/groups.ts';
import { measures } from './es/measures.ts';
import { inbox } from './es/inbox.ts';
import { users } from './es/users.ts';
import { learned } from './es/learned.ts';
import { privacy } from './es/privacy.ts';
import { sites } from './es/sites.ts';
import { notices } from './es/notices.ts';
import { csv } from './es/csv.ts';

export const es: DashboardStrings = {
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
