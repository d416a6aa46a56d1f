/**
 * Dashboard users: email (lower-cased), role, scrypt hash. Used by the CLI
 * (`ayuda user`), the demo's first run and the users page.
 */
import type { Kysely } from 'kysely';
import type { DashboardSchema, Role } from '../db/dashboard-schema.ts';
import { hashPassword, passwordProblem } from './password.ts';

export interface User {
  id: number;
  email: string;
  role: Role;
  created_at: number;
  /** The dashboard's language the user chose, or null: the browser's. */
  language: string | null;
  /** The sites' keys the user may see, or null: every site (../dashboard/site-access.ts). */
  sites: string[] | null;
}

/** The stored list of a user's sites (JSON), read defensively: anything but an array of keys is no site at all. */
export function parseSites(stored: string | null): string[] | null {
  if (stored === null) return null;
  try {
    const parsed: unknown = JSON.parse(stored);
    return Array.isArray(parsed) ? parsed.filter((s): s is string => typeof s === 'string') : [];
  } catch {
    return [];
  }
}

const userOf = <R extends { sites: string | null }>(row: R): Omit<R, 'sites'> & { sites: string[] | null } => ({ ...row, sites: parseSites(row.sites) });

export class UserError extends Error {
  override name = 'UserError';
  constructor(readonly field: 'email' | 'password' | 'role' | 'user' | 'sites', message: string) {
    super(`${field}: ${message}`);
  }
}

const EMAIL = /^[^\s@<>"',;]+@[^\s@<>"',;]+\.[^\s@<>"',;]+$|^[^\s@<>"',;]+@localhost$/;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function emailProblem(email: string): string | undefined {
  if (email.length > 254 || !EMAIL.test(email)) return 'must be an email address like lead@example.com';
  return undefined;
}

const SITE_KEY = /^[A-Za-z0-9_-]{1,64}$/;

/** A list of sites as stored: null (every site) or distinct, valid keys. */
function storedSites(sites: readonly string[] | null | undefined): string | null {
  if (sites === null || sites === undefined) return null;
  const bad = sites.find((s) => !SITE_KEY.test(s));
  if (bad !== undefined) throw new UserError('sites', `"${bad.slice(0, 70)}" is not a site key`);
  return JSON.stringify([...new Set(sites)].sort());
}

export async function createUser(db: Kysely<DashboardSchema>, input: { email: string; role: Role; password: string; sites?: readonly string[] | null }): Promise<User> {
  const email = normalizeEmail(input.email);
  const bad = emailProblem(email);
  if (bad) throw new UserError('email', bad);
  if (input.role !== 'admin' && input.role !== 'viewer') throw new UserError('role', 'must be admin or viewer');
  const weak = passwordProblem(input.password);
  if (weak) throw new UserError('password', weak);
  if (await findUser(db, email)) throw new UserError('email', `a user with email ${email} already exists`);
  const created_at = Date.now();
  const password_hash = await hashPassword(input.password);
  const sites = storedSites(input.sites);
  const row = await db.insertInto('users').values({ email, role: input.role, password_hash, created_at, sites }).returning('id').executeTakeFirstOrThrow();
  return { id: row.id, email, role: input.role, created_at, language: null, sites: parseSites(sites) };
}

export async function findUser(db: Kysely<DashboardSchema>, email: string): Promise<(User & { password_hash: string }) | undefined> {
  const row = await db.selectFrom('users').select(['id', 'email', 'role', 'created_at', 'language', 'sites', 'password_hash']).where('email', '=', normalizeEmail(email)).executeTakeFirst();
  return row && userOf(row);
}

export async function listUsers(db: Kysely<DashboardSchema>): Promise<User[]> {
  return (await db.selectFrom('users').select(['id', 'email', 'role', 'created_at', 'language', 'sites']).orderBy('email').execute()).map(userOf);
}

export async function countUsers(db: Kysely<DashboardSchema>): Promise<number> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Change a role or the sites a user sees, or remove a user, never leaving
 * the dashboard without an admin of every site (who alone manages users and sites).
 */
export async function updateUser(db: Kysely<DashboardSchema>, id: number, change: { role?: Role; sites?: readonly string[] | null } | 'remove'): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const user = await trx.selectFrom('users').select(['id', 'role', 'sites']).where('id', '=', id).executeTakeFirst();
    if (!user) throw new UserError('user', 'no such user');
    const sites = change === 'remove' || change.sites === undefined ? user.sites : storedSites(change.sites);
    const role = change === 'remove' ? user.role : (change.role ?? user.role);
    const wasFullAdmin = user.role === 'admin' && user.sites === null;
    if (wasFullAdmin && (change === 'remove' || role !== 'admin' || sites !== null)) {
      const admins = await trx
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('role', '=', 'admin')
        .where('sites', 'is', null)
        .executeTakeFirstOrThrow();
      const what = change === 'remove' ? 'removed' : role !== 'admin' ? 'made a viewer' : 'limited to some sites';
      if (Number(admins.n) <= 1) throw new UserError('user', `the last admin of every site cannot be ${what}`);
    }
    if (change === 'remove') {
      await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
      await trx.deleteFrom('users').where('id', '=', id).execute();
    } else {
      await trx.updateTable('users').set({ role, sites }).where('id', '=', id).execute();
    }
  });
}

/** The user's dashboard language ("es"), or null to follow the browser; the caller checks it is one the dashboard has. */
export async function setLanguage(db: Kysely<DashboardSchema>, id: number, language: string | null): Promise<void> {
  await db.updateTable('users').set({ language }).where('id', '=', id).execute();
}

/** Set a new password and end the user's sessions. */
export async function setPassword(db: Kysely<DashboardSchema>, email: string, password: string): Promise<void> {
  const weak = passwordProblem(password);
  if (weak) throw new UserError('password', weak);
  const user = await findUser(db, email);
  if (!user) throw new UserError('email', `no user with email ${normalizeEmail(email)}`);
  const password_hash = await hashPassword(password);
  await db.updateTable('users').set({ password_hash }).where('id', '=', user.id).execute();
  await db.deleteFrom('sessions').where('user_id', '=', user.id).execute();
}

/**
 * Turn an admin's second factor on (a new base32 secret) or off (null). The
 * secret is never shown by the dashboard: `ayuda user totp` prints it once.
 */
export async function setTotp(db: Kysely<DashboardSchema>, email: string, secret: string | null): Promise<void> {
  const user = await findUser(db, email);
  if (!user) throw new UserError('email', `no user with email ${normalizeEmail(email)}`);
  if (secret !== null && user.role !== 'admin') throw new UserError('email', 'a second factor (TOTP) is for admins; make the user an admin first');
  await db.updateTable('users').set({ totp_secret: secret, totp_step: null }).where('id', '=', user.id).execute();
}

/** The user's TOTP secret and last used step, if the second factor is on. */
export async function totpOf(db: Kysely<DashboardSchema>, id: number): Promise<{ secret: string; step: number } | undefined> {
  const row = await db.selectFrom('users').select(['totp_secret', 'totp_step']).where('id', '=', id).executeTakeFirst();
  return row?.totp_secret ? { secret: row.totp_secret, step: row.totp_step ?? -1 } : undefined;
}

/** Record `step` as used; false when it (or a later one) was used already (a replayed code). */
export async function useTotpStep(db: Kysely<DashboardSchema>, id: number, step: number): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ totp_step: step })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('totp_step', 'is', null), eb('totp_step', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
