/**
 * The background step that groups unanswered questions as they arrive: it
 * reads the events stored since its cursor (../db/cursors.ts), a bounded
 * number per transaction whether or not they are questions, places each
 * question with ./grouper.ts and writes the members, phrasings, groups and
 * cursor in one transaction. Pages read the result; nothing is recomputed
 * per page view.
 *
 * The transaction runs on the collector's single SQLite connection through
 * Kysely, whose better-sqlite3 driver resolves every query synchronously: no
 * macrotask runs inside it, so the collector's group commit (scheduled with
 * setImmediate) never lands inside this transaction. Do not await anything
 * but Kysely queries in `writeChunk`.
 *
 * On PostgreSQL, several collector processes share the database: each run
 * takes the step's advisory lock (../db/dialect/postgres.ts) or leaves the
 * run to the process that holds it, and starts where the last run of any
 * process stopped; a counter of grouping writes tells a process that its
 * groupers in memory are behind another's writes, and it reads them again.
 */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { DashboardSchema, GroupMembersTable } from '../db/dashboard-schema.ts';
import type { GrouperOptions } from './grouper.ts';
import { closestHit, loadGrouping, mergeRows, saveVectors, vectorColumns, type Grouping } from './group-store.ts';
import { mergeGroups, splitGroup } from './group-edits.ts';
import { languageOf, phrasingKey, prepareAnalyzers, questionTerms } from './question-terms.ts';
import { questionsOf, type StepRow } from './questions.ts';
import { bumpCounter, readCounter, readCursor, saveCursor } from '../db/cursors.ts';
import { dialectOf } from '../db/dialect/index.ts';
import { createSlicer, inSlices, yieldToLoop } from '../db/slices.ts';

/** The most events read per transaction, questions or not; catchUp sizes its chunks to take a few ms each (../db/slices.ts). */
export const CHUNK = 500;
const CURSOR = 'events';
/** The counter of grouping writes (./cursors.ts): a process whose last write is not the latest reloads its groupers. */
const WRITES = 'grouping.writes';

export interface GroupingStep {
  /** Group what arrived since the last run (at most `limit` events, questions or not); resolves with the number of events read. */
  run(limit?: number): Promise<number>;
  /** Run until every stored event is grouped, or until `maxMs` have passed. */
  catchUp(maxMs?: number): Promise<number>;
  /** A lead merges groups `from` into `into` (./group-edits.ts); resolves with the group's id. */
  merge(into: number, from: number[]): Promise<number>;
  /** A lead moves these wordings (folded) of a group to a new group; resolves with its id. */
  split(id: number, phrasings: string[]): Promise<number>;
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
  return closestHit(row)?.id ?? null;
}

export { phrasingKey };

/**
 * @example
 * const grouping = createGroupingStep(withDashboardTables(db.kysely));
 * await grouping.catchUp();
 */
export function createGroupingStep(db: Kysely<DashboardSchema>, options: Partial<GrouperOptions> = {}): GroupingStep {
  let groupings = new Map<string, Grouping>();
  /** The database's grouping write counter as of this process's last read or write. */
  let written = -1;
  /** Runs one after another: the last one queued. */
  let queue: Promise<unknown> = Promise.resolve();
  /** Chunks sized to keep each transaction short (../db/slices.ts). */
  const slicer = createSlicer(CHUNK, undefined, undefined, dialectOf(db).sliceClock);
  prepareAnalyzers();

  async function groupingFor(trx: Kysely<DashboardSchema>, site: string, lang: string): Promise<Grouping> {
    const key = `${site}\u0000${lang}`;
    let grouping = groupings.get(key);
    if (!grouping) groupings.set(key, (grouping = await loadGrouping(trx, site, lang, options)));
    return grouping;
  }

  /**
   * With no groupers in memory (a new process, or after a failure), read
   * every site and language's before the run's transaction, in pages with
   * the event loop free between them: inside the transaction a large
   * grouping was one long block (37,000 prototypes: 450 ms). The write
   * counter is read first: if another process writes meanwhile, `locked`
   * sees it and the groupers are read again inside the transaction.
   */
  async function preload(): Promise<void> {
    if (groupings.size) return;
    const writes = await readCounter(db, WRITES);
    const pairs = await db.selectFrom('question_groups').select(['site', 'lang']).distinct().execute();
    const loaded = new Map<string, Grouping>();
    for (const { site, lang } of pairs) {
      loaded.set(`${site}\u0000${lang}`, await loadGrouping(db, site, lang, options, { between: yieldToLoop }));
      await yieldToLoop();
    }
    groupings = loaded;
    written = writes;
  }

  /**
   * Take the step for this transaction (`wait`: wait for another process to
   * finish its run). When another process has written groups since this one
   * last did, the groupers in memory are stale: read them again.
   */
  async function locked(trx: Kysely<DashboardSchema>, wait: boolean): Promise<boolean> {
    if (!(await dialectOf(trx).lockStep(trx, 'grouping', wait))) return false;
    const writes = await readCounter(trx, WRITES);
    if (writes !== written) groupings = new Map();
    written = writes;
    return true;
  }

  /** A lead's merge or split: after any run of another process, and counted as a write. */
  async function edit<T>(work: (trx: Kysely<DashboardSchema>) => Promise<T>): Promise<T> {
    return db.transaction().execute(async (trx) => {
      await locked(trx, true);
      const out = await work(trx);
      written = await bumpCounter(trx, WRITES);
      return out;
    });
  }

  async function writeChunk(limit: number): Promise<number> {
    return db.transaction().execute(async (trx) => {
      // One process at a time (PostgreSQL: an advisory lock); another one's run is not waited for.
      if (!(await locked(trx, false))) return 0;
      const dialect = dialectOf(trx);
      const cursor = await readCursor(trx, CURSOR);
      // At most `limit` events, questions or not: among events that are no question (reads, notices) an unbounded
      // search for the next question would scan them all in one slice, and again at every run until one came.
      const scan = await dialect.scanBound(trx, cursor, limit);
      if (!scan) return 0;
      const rows = (await dialect
        .eventsUpTo(dialect.eventsAfter(trx.selectFrom('events').select(['id', 'site', 'session', 'type', 'reason', 'decision', 'query', 'locale', 'entry', 'helpful', 'results', 'at']), cursor), scan.bound)
        // Unanswered questions, and searches: an answered one may prove wrong (./questions.ts).
        .where((eb) => eb.or([eb('reason', 'is not', null), eb('type', '=', 'search')]))
        .execute()) as StepRow[];
      if (!rows.length) {
        await saveCursor(trx, CURSOR, scan.bound);
        return scan.events;
      }
      // Never count an event twice, even if rowids were renumbered (VACUUM may do that to a table without an integer key).
      const done = new Set(
        // By site too: the key is (site, event_id), and without the site PostgreSQL read every member (slower as groups grew).
        (await trx
          .selectFrom('group_members')
          .select(['site', 'event_id'])
          .where('site', 'in', [...new Set(rows.map((r) => r.site))])
          .where('event_id', 'in', rows.map((r) => r.id))
          .execute()).map((m) => `${m.site}\n${m.event_id}`),
      );

      const now = Date.now();
      /** Members and wordings name the prototype they joined until written: a later merge in this chunk may move its group. */
      const members: (GroupMembersTable & { grouping: Grouping })[] = [];
      const touched = new Map<number, { grouping: Grouping; first: number; last: number }>();
      const phrasings = new Map<string, { grouping: Grouping; proto: number; phrasing: string; text: string; count: number }>();
      for (const { row, reason, question: folded } of await questionsOf(trx, rows.filter((r) => !done.has(`${r.site}\n${r.id}`)))) {
        if (done.has(`${row.site}\n${row.id}`)) continue;
        const text = (row.query ?? '').replace(/\s+/g, ' ').trim();
        const terms = text ? questionTerms(text, row.locale) : [];
        if (!terms.length) continue;
        const lang = languageOf(row.locale);
        const grouping = await groupingFor(trx, row.site, lang);
        const { grouper } = grouping;
        const phrasing = phrasingKey(text);
        const question = { terms, entry: closestHit(row) };
        let id = grouping.pins.get(phrasing) ?? grouper.place(question).id;
        if (id === undefined) {
          const created = await trx
            .insertInto('question_groups')
            .values({ site: row.site, lang, size: 0, centroid: '{}', first_at: row.at, last_at: row.at, status: 'open', updated_at: now })
            .returning('id')
            .executeTakeFirstOrThrow();
          id = created.id;
        }
        const merge = grouper.add(id, question);
        if (merge) await mergeRows(trx, merge.into, merge.from, now);
        const t = touched.get(id);
        touched.set(id, { grouping, first: Math.min(t?.first ?? row.at, row.at), last: Math.max(t?.last ?? row.at, row.at) });
        members.push({ grouping, event_id: row.id, group_id: id, site: row.site, lang, reason, session: row.session, at: row.at, entry: question.entry?.id ?? null, question: folded });
        const key = `${id}\u0000${phrasing}`;
        const p = phrasings.get(key);
        if (p) p.count++;
        else phrasings.set(key, { grouping, proto: id, phrasing, text: text.slice(0, 500), count: 1 });
      }

      const rowsOf = members.map(({ grouping, ...m }) => ({ ...m, group_id: grouping.grouper.group(m.group_id) }));
      for (let i = 0; i < rowsOf.length; i += 1000) {
        await trx.insertInto('group_members').values(rowsOf.slice(i, i + 1000)).onConflict((oc) => oc.columns(['site', 'event_id']).doNothing()).execute();
      }
      // Two prototypes of one group (a merge) may share a wording: one row each, counts added, the first text kept.
      // (One statement must not upsert a row twice: PostgreSQL refuses it.)
      const byRow = new Map<string, { phrasing: string; text: string; count: number; group_id: number }>();
      for (const { grouping, proto, ...p } of phrasings.values()) {
        const group_id = grouping.grouper.group(proto);
        const key = `${group_id}\u0000${p.phrasing}`;
        const row = byRow.get(key);
        if (row) row.count += p.count;
        else byRow.set(key, { ...p, group_id });
      }
      const list = [...byRow.values()];
      for (let i = 0; i < list.length; i += 1000) {
        await trx
          .insertInto('group_phrasings')
          .values(list.slice(i, i + 1000))
          .onConflict((oc) => oc.columns(['group_id', 'phrasing']).doUpdateSet({ count: sql`group_phrasings.count + excluded.count` }))
          .execute();
      }
      for (const [id, t] of touched) {
        const { grouper } = t.grouping;
        const dates = {
          first_at: sql<number>`case when first_at < ${t.first} then first_at else ${t.first} end`,
          last_at: sql<number>`case when last_at > ${t.last} then last_at else ${t.last} end`,
        };
        const v = grouper.vector(id);
        // The prototype's vector and its group's dates: one statement when the prototype is its group (a round trip each on PostgreSQL).
        if (v && grouper.group(id) === id) {
          await trx
            .updateTable('question_groups')
            .set({ ...vectorColumns(v, now), ...dates })
            .where('id', '=', id)
            .execute();
          continue;
        }
        await saveVectors(trx, grouper, [id], now);
        await trx.updateTable('question_groups').set(dates).where('id', '=', grouper.group(id)).execute();
      }
      for (const { site, lang, grouper } of new Set([...touched.values()].map((t) => t.grouping))) {
        const terms = grouper.takeChangedTerms().map(([term, count]) => ({ site, lang, term, count }));
        for (let i = 0; i < terms.length; i += 1000) {
          await trx
            .insertInto('group_terms')
            .values(terms.slice(i, i + 1000))
            .onConflict((oc) => oc.columns(['site', 'lang', 'term']).doUpdateSet({ count: sql`excluded.count` }))
            .execute();
        }
      }
      await saveCursor(trx, CURSOR, scan.bound);
      written = await bumpCounter(trx, WRITES);
      return scan.events;
    });
  }

  async function guarded<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      // The transaction rolled back: the groupers in memory are ahead of the database.
      groupings = new Map();
      throw err;
    }
  }

  /** One after another, the last one queued; a failure (rolled back) reloads the groupers from the database. */
  function queued<T>(work: () => Promise<T>): Promise<T> {
    const next = queue.then(() => guarded(work));
    queue = next.catch(() => undefined);
    return next;
  }

  const step: GroupingStep = {
    run(limit = CHUNK) {
      return queued(async () => {
        await preload();
        return writeChunk(limit);
      });
    },
    merge(into, from) {
      return queued(async () => {
        await preload();
        return edit((trx) => mergeGroups(trx, groupingFor, into, from, Date.now()));
      });
    },
    split(id, phrasings) {
      return queued(async () => {
        await preload();
        return edit((trx) => splitGroup(trx, groupingFor, id, phrasings, Date.now()));
      });
    },
    catchUp(maxMs = Infinity) {
      return inSlices(slicer, (limit) => step.run(limit), maxMs);
    },
  };
  return step;
}
