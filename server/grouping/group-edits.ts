/**
 * A support lead's corrections to the grouping, carried out by the grouping
 * step (./grouping-step.ts: in its queue, in one transaction) so that its
 * groupers in memory and the rows change together:
 * - merge: groups become one; questions like any of them land in it later;
 * - split: some wordings of a group move to a new group; their later
 *   repeats go there (group_pins) and the step never merges the two back
 *   (group_apart) unless a lead merges them.
 * Refusals are HttpErrors with a reason (the dashboard's routes pass them on).
 */
import type { Kysely } from 'kysely';
import type { DashboardSchema } from '../db/dashboard-schema.ts';
import { HttpError } from '../http/errors.ts';
import { closestHit, mergeRows, saveVectors, type Grouping } from './group-store.ts';
import { phrasingKey, questionTerms } from './question-terms.ts';

export type GroupingFor = (db: Kysely<DashboardSchema>, site: string, lang: string) => Promise<Grouping>;

async function groupRow(db: Kysely<DashboardSchema>, id: number, path: string) {
  const row = await db.selectFrom('question_groups').select(['id', 'site', 'lang', 'merged_into']).where('id', '=', id).executeTakeFirst();
  if (!row) throw new HttpError(404, 'not_found', path, `no such group: ${id}`);
  return { ...row, group: row.merged_into ?? row.id };
}

/** Merge groups `from` into group `into`; resolves with the merged group's id. */
export async function mergeGroups(db: Kysely<DashboardSchema>, groupingFor: GroupingFor, into: number, from: number[], now: number): Promise<number> {
  const target = await groupRow(db, into, 'body.into');
  const others = [];
  for (const id of from) others.push(await groupRow(db, id, 'body.from'));
  if (others.some((o) => o.site !== target.site || o.lang !== target.lang)) {
    throw new HttpError(400, 'invalid_request', 'body.from', 'only groups of the same site and language can be merged');
  }
  const already = others.find((o) => o.group === target.group);
  if (already) throw new HttpError(409, 'already_merged', 'body.from', `group ${already.id} is already part of group ${target.group}`);
  const { grouper } = await groupingFor(db, target.site, target.lang);
  const rules = await db.selectFrom('group_apart').select(['id', 'a', 'b']).where('site', '=', target.site).where('lang', '=', target.lang).execute();
  for (const o of others) {
    const [g, f] = [grouper.group(target.group), grouper.group(o.group)];
    if (g === f) continue;
    // The lead's merge lifts an earlier split between them.
    const lifted = rules.filter((r) => [grouper.group(r.a), grouper.group(r.b)].sort().join() === [g, f].sort().join()).map((r) => r.id);
    if (lifted.length) await db.deleteFrom('group_apart').where('id', 'in', lifted).execute();
    grouper.merge(g, f);
    await mergeRows(db, g, f, now);
  }
  return grouper.group(target.group);
}

/** Move the questions of these wordings (folded, as group_phrasings.phrasing) of group `id` to a new group; resolves with its id. */
export async function splitGroup(db: Kysely<DashboardSchema>, groupingFor: GroupingFor, id: number, phrasings: string[], now: number): Promise<number> {
  const source = await groupRow(db, id, 'id');
  const wanted = new Set(phrasings);
  const all = await db.selectFrom('group_phrasings').select('phrasing').where('group_id', '=', source.group).execute();
  const found = all.filter((p) => wanted.has(p.phrasing)).length;
  if (found < wanted.size) throw new HttpError(400, 'invalid_request', 'body.phrasings', `${wanted.size - found} of the wordings are not in this group`);
  if (found === all.length) throw new HttpError(409, 'would_empty', 'body.phrasings', 'leave at least one wording in the group');

  const members = (
    await db
      .selectFrom('group_members as m')
      .innerJoin('events as e', (j) => j.onRef('e.id', '=', 'm.event_id').onRef('e.site', '=', 'm.site'))
      .select(['m.event_id', 'm.at', 'e.query', 'e.locale', 'e.entry', 'e.results'])
      .where('m.group_id', '=', source.group)
      .execute()
  ).filter((m) => wanted.has(phrasingKey(m.query ?? '')));
  const first = Math.min(...members.map((m) => m.at), now);
  const last = Math.max(...members.map((m) => m.at), 0) || now;
  const created = await db
    .insertInto('question_groups')
    .values({ site: source.site, lang: source.lang, size: 0, centroid: '{}', first_at: first, last_at: last, status: 'open', updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (let i = 0; i < members.length; i += 500) {
    await db.updateTable('group_members').set({ group_id: created.id }).where('group_id', '=', source.group).where('event_id', 'in', members.slice(i, i + 500).map((m) => m.event_id)).execute();
  }
  await db.updateTable('group_phrasings').set({ group_id: created.id }).where('group_id', '=', source.group).where('phrasing', 'in', [...wanted]).execute();
  await db
    .insertInto('group_pins')
    .values([...wanted].map((phrasing) => ({ site: source.site, lang: source.lang, phrasing, group_id: created.id, created_at: now })))
    .onConflict((oc) => oc.columns(['site', 'lang', 'phrasing']).doUpdateSet({ group_id: created.id, created_at: now }))
    .execute();
  await db.insertInto('group_apart').values({ site: source.site, lang: source.lang, a: source.group, b: created.id, created_at: now }).execute();
  const remaining = await db.selectFrom('group_members').select((eb) => [eb.fn.min('at').as('first'), eb.fn.max('at').as('last')]).where('group_id', '=', source.group).executeTakeFirst();
  if (remaining?.first != null) {
    await db.updateTable('question_groups').set({ first_at: Number(remaining.first), last_at: Number(remaining.last), updated_at: now }).where('id', '=', source.group).execute();
  }

  const grouping = await groupingFor(db, source.site, source.lang);
  const questions = members.map((m) => ({ terms: questionTerms(m.query ?? '', m.locale), entry: closestHit(m) }));
  grouping.grouper.split(source.group, created.id, questions);
  for (const phrasing of wanted) grouping.pins.set(phrasing, created.id);
  await saveVectors(db, grouping.grouper, [created.id], now);
  return created.id;
}
