/**
 * The grouping state in the database, for ./grouping-step.ts and
 * ./group-edits.ts: a site and language's grouper restored from its
 * prototypes, term counts, apart rules and pinned wordings; a merge carried
 * out on the rows (members, wordings, prototypes, workflow).
 *
 * Call these inside one transaction: they leave the rows consistent only
 * together with the caller's other writes.
 */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { DashboardSchema } from '../db/dashboard-schema.ts';
import { createGrouper, type ClosestEntry, type Grouper, type GrouperOptions, type GroupVector } from './grouper.ts';

/** A site and language's grouping: the grouper, and the wordings a lead pinned to a group. */
export interface Grouping {
  site: string;
  lang: string;
  grouper: Grouper;
  /** Folded wording → the prototype its repeats join (resolve with `grouper.group`). */
  pins: Map<string, number>;
}

/** Prototypes (and terms) read per query when loading: about 6 ms of reading and parsing on the 2-core machine. */
export const LOAD_PAGE = 500;

export interface LoadOptions {
  /** Rows per query (default LOAD_PAGE). */
  page?: number;
  /**
   * Awaited between pages: outside a transaction, the grouping step yields
   * to the event loop there (a site's 37,000 prototypes took 450 ms to load
   * in one piece). Inside one, leave it out: nothing may run between.
   */
  between?: () => Promise<void>;
}

export async function loadGrouping(db: Kysely<DashboardSchema>, site: string, lang: string, options: Partial<GrouperOptions>, load: LoadOptions = {}): Promise<Grouping> {
  const page = load.page ?? LOAD_PAGE;
  const grouper = createGrouper(options);
  // A prototype names its group's own prototype (`merged_into`), never a merged one: any load order restores the same groups.
  for (let after = 0; ; ) {
    const groups = await db
      .selectFrom('question_groups')
      .select(['id', 'size', 'centroid', 'merged_into'])
      .where('site', '=', site)
      .where('lang', '=', lang)
      .where('id', '>', after)
      .orderBy('id')
      .limit(page)
      .execute();
    for (const g of groups) grouper.load({ id: g.id, size: g.size, centroid: JSON.parse(g.centroid) as Record<string, number>, mergedInto: g.merged_into });
    if (groups.length < page) break;
    after = groups[groups.length - 1]!.id;
    await load.between?.();
  }
  for (let after = ''; ; ) {
    const terms = await db.selectFrom('group_terms').select(['term', 'count']).where('site', '=', site).where('lang', '=', lang).where('term', '>', after).orderBy('term').limit(page).execute();
    for (const t of terms) grouper.loadTerm(t.term, t.count);
    if (terms.length < page) break;
    after = terms[terms.length - 1]!.term;
    await load.between?.();
  }
  grouper.takeChangedTerms();
  const [apart, pins] = await Promise.all([
    db.selectFrom('group_apart').select(['a', 'b']).where('site', '=', site).where('lang', '=', lang).execute(),
    db.selectFrom('group_pins').select(['phrasing', 'group_id']).where('site', '=', site).where('lang', '=', lang).execute(),
  ]);
  for (const r of apart) grouper.apart(r.a, r.b);
  return { site, lang, grouper, pins: new Map(pins.map((p) => [p.phrasing, p.group_id])) };
}

/** The FAQ entry a stored event came closest to, with the search's score for it when it was shown. */
export function closestHit(row: { entry: string | null; results: string | null }): ClosestEntry | null {
  let hits: { id?: unknown; score?: unknown }[] = [];
  try {
    const parsed: unknown = row.results ? JSON.parse(row.results) : [];
    if (Array.isArray(parsed)) hits = parsed as typeof hits;
  } catch {
    // A malformed list is no list: the rated entry may still say something.
  }
  const id = row.entry ?? (typeof hits[0]?.id === 'string' ? hits[0].id : undefined);
  if (!id) return null;
  const score = hits.find((h) => h.id === id)?.score;
  return typeof score === 'number' ? { id, score } : { id };
}

/** Write prototypes' centroids, sizes and groups as the grouper has them. */
/** The `question_groups` columns that hold a prototype's vector. */
export function vectorColumns(v: GroupVector, now: number) {
  return { size: v.size, centroid: JSON.stringify(v.centroid), merged_into: v.mergedInto ?? null, updated_at: now };
}

export async function saveVectors(db: Kysely<DashboardSchema>, grouper: Grouper, ids: Iterable<number>, now: number): Promise<void> {
  for (const id of ids) {
    const v = grouper.vector(id);
    if (v) await db.updateTable('question_groups').set(vectorColumns(v, now)).where('id', '=', id).execute();
  }
}

/**
 * Group `from` becomes part of group `into`: its questions and wordings move
 * over, its prototypes point at `into`, the dates widen, and `into` takes
 * `from`'s workflow (owner, status, entry, fix date) if it has none itself.
 */
export async function mergeRows(db: Kysely<DashboardSchema>, into: number, from: number, now: number): Promise<void> {
  await db.updateTable('group_members').set({ group_id: into }).where('group_id', '=', from).execute();
  await sql`
    insert into group_phrasings (group_id, phrasing, text, count)
    select ${into}, phrasing, text, count from group_phrasings where group_id = ${from}
    on conflict (group_id, phrasing) do update set count = group_phrasings.count + excluded.count`.execute(db);
  await db.deleteFrom('group_phrasings').where('group_id', '=', from).execute();
  const [a, b] = await Promise.all(
    [into, from].map((id) => db.selectFrom('question_groups').select(['first_at', 'last_at', 'owner', 'status', 'entry_id', 'fixed_at']).where('id', '=', id).executeTakeFirstOrThrow()),
  );
  const untouched = a!.status === 'open' && !a!.owner && !a!.entry_id;
  await db
    .updateTable('question_groups')
    .set({
      first_at: Math.min(a!.first_at, b!.first_at),
      last_at: Math.max(a!.last_at, b!.last_at),
      ...(untouched ? { owner: b!.owner, status: b!.status, entry_id: b!.entry_id, fixed_at: b!.fixed_at } : {}),
      updated_at: now,
    })
    .where('id', '=', into)
    .execute();
  await db
    .updateTable('question_groups')
    .set({ merged_into: into, updated_at: now })
    .where((eb) => eb.or([eb('id', '=', from), eb('merged_into', '=', from)]))
    .execute();
}
