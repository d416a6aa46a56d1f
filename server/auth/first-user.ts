/**
 * The demo's first run: when the database has no dashboard user, create the
 * admin `demo@ayuda.local` with a generated password, to be printed once.
 */
import type { Kysely } from 'kysely';
import type { DashboardSchema } from '../db/dashboard-schema.ts';
import { generatePassword } from './password.ts';
import { countUsers, createUser } from './users.ts';

export const DEMO_EMAIL = 'demo@ayuda.local';

export type FirstUser = { created: true; email: string; password: string } | { created: false; users: number };

export async function ensureFirstUser(db: Kysely<DashboardSchema>, email = DEMO_EMAIL): Promise<FirstUser> {
  const users = await countUsers(db);
  if (users > 0) return { created: false, users };
  const password = generatePassword();
  await createUser(db, { email, role: 'admin', password });
  return { created: true, email, password };
}
