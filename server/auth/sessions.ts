/**
 * Server-side sessions. The cookie holds a random 256-bit token; the table
 * holds its SHA-256, the user, and two limits: 7 days after login, or 12
 * hours without a request, whichever comes first. Logging out deletes the
 * row, so a copied cookie stops working at once.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DashboardSchema } from '../db/dashboard-schema.ts';
import { parseSites, type User } from './users.ts';

export const SESSION_COOKIE = 'ayuda_session';
export const SESSION_MAX_AGE_MS = 7 * 86_400_000;
export const SESSION_IDLE_MS = 12 * 3_600_000;
/** last_seen_at is written at most this often. */
const TOUCH_EVERY_MS = 60_000;

export interface Session {
  /** The table's id (hash of the token): safe to log, useless as a cookie. */
  id: string;
  user: User;
}

const digest = (token: string): string => createHash('sha256').update(token).digest('hex');

export async function createSession(db: Kysely<DashboardSchema>, userId: number, now = Date.now()): Promise<{ token: string; id: string }> {
  const token = randomBytes(32).toString('base64url');
  const id = digest(token);
  await db.insertInto('sessions').values({ id, user_id: userId, created_at: now, expires_at: now + SESSION_MAX_AGE_MS, last_seen_at: now }).execute();
  // Expired rows go when someone logs in: no timer needed.
  await db.deleteFrom('sessions').where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', now - SESSION_IDLE_MS)])).execute();
  return { token, id };
}

/** The live session for a cookie token, or undefined (unknown, expired, idle too long). */
export async function findSession(db: Kysely<DashboardSchema>, token: string | undefined, now = Date.now()): Promise<Session | undefined> {
  if (!token || token.length > 100) return undefined;
  const id = digest(token);
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['sessions.expires_at', 'sessions.last_seen_at', 'users.id as user_id', 'users.email', 'users.role', 'users.created_at', 'users.language', 'users.sites'])
    .where('sessions.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  if (row.expires_at <= now || row.last_seen_at <= now - SESSION_IDLE_MS) {
    await db.deleteFrom('sessions').where('id', '=', id).execute();
    return undefined;
  }
  if (now - row.last_seen_at >= TOUCH_EVERY_MS) await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', id).execute();
  return { id, user: { id: row.user_id, email: row.email, role: row.role, created_at: row.created_at, language: row.language, sites: parseSites(row.sites) } };
}

export async function deleteSession(db: Kysely<DashboardSchema>, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}
