/**
 * The order the background steps read events in on PostgreSQL: by the
 * inserting transaction's id (xid8), then by `seq`. Transaction ids are
 * numbers; compared as text, 99 would come after 100, a step's bound would
 * fall short of the events it read, and the next step would read them again.
 * Runs in vitest's `postgres` project only.
 */
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type CollectorDb } from '../../server/db/index.ts';
import { postgresDialect } from '../../server/db/dialect/postgres.ts';
import { store, T0, unanswered } from '../dashboard/seed.ts';
import { testDatabase } from './test-store.ts';

const opened: CollectorDb[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.close()));
});

describe('events in transaction order', () => {
  it('a step that reads every event stops at the last one, across a power of ten of transaction ids', async () => {
    const db = await openDatabase(await testDatabase());
    opened.push(db);
    await store(db, ['primera', 'segunda', 'tercera'].map((query, i) => unanswered({ query, at: T0 + i })));
    // Three events of transactions 98, 99 and 100 (long committed: the cluster is past them).
    await sql`update events set tx = (97 + seq)::text::xid8`.execute(db.kysely);
    const bound = await postgresDialect.scanBound(db.kysely, { tx: '0', seq: 0 }, 10);
    expect(bound).toEqual({ bound: { tx: '100', seq: 3 }, events: 3 });
    // Nothing is left after it.
    expect(await postgresDialect.scanBound(db.kysely, bound!.bound, 10)).toBeUndefined();
  });
});
