/**
 * The background step that groups unanswered questions as they arrive: it
 * reads the events stored since its cursor (events' rowid), places each
 * question with ./grouper.ts and writes the members, phrasings, groups and
 * cursor in one transaction. Pages read the result; nothing is recomputed
 * per page view.
 *
 * The transaction runs on the collector's single SQLite connection through
 * Kysely, whose better-sqlite3 driver resolves every query synchronously: no
 * macrotask runs inside it, so the collector's group commit (scheduled with
 * setImmediate) never lands inside this transaction. Do not await anything
 * but Kysely queries in `writeChunk`.
 */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { tokenize } from '../../widget/src/search/normalize.ts';
import type { DashboardSchema, GroupMembersTable } from '../db/dashboard-schema.ts';
import { createGrouper, type Grouper, type GrouperOptions } from './grouper.ts';
import { languageOf, questionTerms } from './question-terms.ts';
import { questionsOf, type StepRow } from './questions.ts';
import { topEntry } from '../dashboard/sessions/help-sessions.ts';

/** Events read per transaction: keeps each write short. */
export const CHUNK = 500;
const CURSOR = 'events';

export interface GroupingStep {
  /** Group what arrived since the last run; resolves with the number of events read. */
  run(limit?: number): Promise<number>;
  /** Run until every stored event is grouped, or until `maxMs` have passed. */
  catchUp(maxMs?: number): Promise<number>;
}

const shared = new WeakMap<object, GroupingStep>();

/**
 * The one grouping step of a database: its groupers live in memory, so two
 * steps over one database would not see each other's new groups.
 */
export function groupingStepFor(db: Kysely<DashboardSchema>): GroupingStep {
  let step = shared.get(db);
  if (!step) shared.set(db, (step = createGroupingStep(db)));
  return step;
}

/** The FAQ entry the question came closest to: the one rated, else the top result. */
export function closestEntry(row: Pick<StepRow, 'entry' | 'results'>): string | null {
  return row.entry ?? topEntry(row);
}

/** Folded words: the key under which two wordings count as one phrasing. */
export function phrasingKey(text: string): string {
  return tokenize(text).join(' ');
}

/**
 * @example
 * const grouping = createGroupingStep(withDashboardTables(db.kysely));
 * await grouping.catchUp();
 */
export function createGroupingStep(db: Kysely<DashboardSchema>, options: Partial<GrouperOptions> = {}): GroupingStep {
  let groupers = new Map<string, Grouper>();
  /** Runs one after another: the last one queued. */
  let queue: Promise<unknown> = Promise.resolve();

  async function grouperFor(trx: Kysely<DashboardSchema>, site: string, lang: string): Promise<Grouper> {
    const key = `${site}\u0000${lang}`;
    let grouper = groupers.get(key);
    if (grouper) return grouper;
    grouper = createGrouper(options);
    const groups = await trx.selectFrom('question_groups').select(['id', 'size', 'centroid']).where('site', '=', site).where('lang', '=', lang).execute();
    for (const g of groups) grouper.load({ id: g.id, size: g.size, centroid: JSON.parse(g.centroid) as Record<string, number> });
    const terms = await trx.selectFrom('group_terms').select(['term', 'count']).where('site', '=', site).where('lang', '=', lang).execute();
    for (const t of terms) grouper.loadTerm(t.term, t.count);
    grouper.takeChangedTerms();
    groupers.set(key, grouper);
    return grouper;
  }

  async function writeChunk(limit: number): Promise<number> {
    return db.transaction().execute(async (trx) => {
      const cursor = (await trx.selectFrom('grouping_cursor').select('last_rowid').where('name', '=', CURSOR).executeTakeFirst())?.last_rowid ?? 0;
      const rows = (await trx
        .selectFrom('events')
        .select([sql<number>`rowid`.as('rowid'), 'id', 'site', 'session', 'type', 'reason', 'decision', 'query', 'locale', 'entry', 'helpful', 'results', 'at'])
        .where(sql<boolean>`rowid > ${cursor}`)
        // Unanswered questions, and searches: an answered one may prove wrong (./questions.ts).
        .where((eb) => eb.or([eb('reason', 'is not', null), eb('type', '=', 'search')]))
        .orderBy(sql`rowid`)
        .limit(limit)
        .execute()) as StepRow[];
      if (!rows.length) return 0;
      // Never count an event twice, even if rowids were renumbered (VACUUM may do that to a table without an integer key).
      const done = new Set(
        (await trx.selectFrom('group_members').select(['site', 'event_id']).where('event_id', 'in', rows.map((r) => r.id)).execute()).map((m) => `${m.site}\n${m.event_id}`),
      );

      const now = Date.now();
      const members: GroupMembersTable[] = [];
      const touched = new Map<number, { grouper: Grouper; first: number; last: number }>();
      const phrasings = new Map<string, { group_id: number; phrasing: string; text: string; count: number }>();
      const termOwners = new Map<Grouper, { site: string; lang: string }>();
      for (const { row, reason, question } of await questionsOf(trx, rows.filter((r) => !done.has(`${r.site}\n${r.id}`)))) {
        if (done.has(`${row.site}\n${row.id}`)) continue;
        const text = (row.query ?? '').replace(/\s+/g, ' ').trim();
        const terms = text ? questionTerms(text, row.locale) : [];
        if (!terms.length) continue;
        const lang = languageOf(row.locale);
        const grouper = await grouperFor(trx, row.site, lang);
        termOwners.set(grouper, { site: row.site, lang });
        let id = grouper.place(terms).id;
        if (id === undefined) {
          const created = await trx
            .insertInto('question_groups')
            .values({ site: row.site, lang, size: 0, centroid: '{}', first_at: row.at, last_at: row.at, status: 'open', updated_at: now })
            .returning('id')
            .executeTakeFirstOrThrow();
          id = created.id;
        }
        grouper.add(id, terms);
        const t = touched.get(id);
        touched.set(id, { grouper, first: Math.min(t?.first ?? row.at, row.at), last: Math.max(t?.last ?? row.at, row.at) });
        members.push({ event_id: row.id, group_id: id, site: row.site, lang, reason, session: row.session, at: row.at, entry: closestEntry(row), question });
        const phrasing = phrasingKey(text);
        const key = `${id}\u0000${phrasing}`;
        const p = phrasings.get(key);
        if (p) p.count++;
        else phrasings.set(key, { group_id: id, phrasing, text: text.slice(0, 500), count: 1 });
      }

      for (let i = 0; i < members.length; i += 1000) {
        await trx.insertInto('group_members').values(members.slice(i, i + 1000)).onConflict((oc) => oc.columns(['site', 'event_id']).doNothing()).execute();
      }
      const list = [...phrasings.values()];
      for (let i = 0; i < list.length; i += 1000) {
        await trx
          .insertInto('group_phrasings')
          .values(list.slice(i, i + 1000))
          .onConflict((oc) => oc.columns(['group_id', 'phrasing']).doUpdateSet({ count: sql`group_phrasings.count + excluded.count` }))
          .execute();
      }
      for (const [id, t] of touched) {
        const v = t.grouper.vector(id)!;
        await trx
          .updateTable('question_groups')
          .set({
            size: v.size,
            centroid: JSON.stringify(v.centroid),
            first_at: sql`min(first_at, ${t.first})`,
            last_at: sql`max(last_at, ${t.last})`,
            updated_at: now,
          })
          .where('id', '=', id)
          .execute();
      }
      for (const [grouper, { site, lang }] of termOwners) {
        const terms = grouper.takeChangedTerms().map(([term, count]) => ({ site, lang, term, count }));
        for (let i = 0; i < terms.length; i += 1000) {
          await trx
            .insertInto('group_terms')
            .values(terms.slice(i, i + 1000))
            .onConflict((oc) => oc.columns(['site', 'lang', 'term']).doUpdateSet({ count: sql`excluded.count` }))
            .execute();
        }
      }
      await trx
        .insertInto('grouping_cursor')
        .values({ name: CURSOR, last_rowid: rows[rows.length - 1]!.rowid })
        .onConflict((oc) => oc.column('name').doUpdateSet({ last_rowid: sql`excluded.last_rowid` }))
        .execute();
      return rows.length;
    });
  }

  async function guarded(limit: number): Promise<number> {
    try {
      return await writeChunk(limit);
    } catch (err) {
      // The transaction rolled back: the groupers in memory are ahead of the database.
      groupers = new Map();
      throw err;
    }
  }

  const step: GroupingStep = {
    run(limit = CHUNK) {
      const next = queue.then(() => guarded(limit));
      queue = next.catch(() => undefined);
      return next;
    },
    async catchUp(maxMs = Infinity) {
      const started = performance.now();
      let total = 0;
      for (;;) {
        const n = await step.run(CHUNK);
        total += n;
        if (n < CHUNK || performance.now() - started >= maxMs) return total;
      }
    },
  };
  return step;
}
