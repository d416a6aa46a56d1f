/**
 * Read-only API tokens for `ayuda build --alternates-from <URL> --token`:
 * each is created by an admin for one site, allows only that site's export
 * of accepted alternates, is stored as its SHA-256 (the token is shown
 * once), and is revocable. Like session cookies, a leaked database holds no
 * usable token.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ApiTokenView } from '../dashboard/shared/alternates-views.ts';
import type { AlternatesSchema } from './tables.ts';

/** Tokens start with this, so they are recognised (and found by secret scanners). */
export const TOKEN_PREFIX = 'ayt_';
/** last_used_at is written at most this often. */
const TOUCH_EVERY_MS = 60_000;

const digest = (token: string): string => createHash('sha256').update(token).digest('hex');
const COLUMNS = ['id', 'site', 'name', 'hint', 'created_by', 'created_at', 'last_used_at', 'revoked_at'] as const;

export async function createToken(db: Kysely<AlternatesSchema>, site: string, name: string, createdBy: string, now = Date.now()): Promise<{ token: string; view: ApiTokenView }> {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const { id } = await db
    .insertInto('api_tokens')
    .values({ site, name, token_hash: digest(token), hint: token.slice(-4), created_by: createdBy, created_at: now, last_used_at: null, revoked_at: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { token, view: await db.selectFrom('api_tokens').select(COLUMNS).where('id', '=', id).executeTakeFirstOrThrow() };
}

export async function listTokens(db: Kysely<AlternatesSchema>, site: string): Promise<ApiTokenView[]> {
  return db.selectFrom('api_tokens').select(COLUMNS).where('site', '=', site).orderBy('id', 'desc').execute();
}

/** Revoke a token (again: no change); undefined when there is no such token. */
export async function revokeToken(db: Kysely<AlternatesSchema>, id: number, now = Date.now()): Promise<ApiTokenView | undefined> {
  await db.updateTable('api_tokens').set({ revoked_at: now }).where('id', '=', id).where('revoked_at', 'is', null).execute();
  return db.selectFrom('api_tokens').select(COLUMNS).where('id', '=', id).executeTakeFirst();
}

/** The site a live token may read, or undefined. */
export async function tokenSite(db: Kysely<AlternatesSchema>, token: string, now = Date.now()): Promise<string | undefined> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return undefined;
  const row = await db.selectFrom('api_tokens').select(['id', 'site', 'last_used_at']).where('token_hash', '=', digest(token)).where('revoked_at', 'is', null).executeTakeFirst();
  if (!row) return undefined;
  if (row.last_used_at === null || now - row.last_used_at > TOUCH_EVERY_MS) await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', row.id).execute();
  return row.site;
}
