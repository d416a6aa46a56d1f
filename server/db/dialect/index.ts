/**
 * Where the collector's SQL must differ between its two stores, SQLite (the
 * embedded default) and PostgreSQL (several collectors on one server): one
 * module per dialect (./sqlite.ts, ./postgres.ts), both of this shape. The
 * rest of the server writes portable Kysely queries and asks
 * {@link dialectOf} for these few pieces.
 */
import { PostgresAdapter, type Expression, type Kysely, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import { postgresDialect } from './postgres.ts';
import { sqliteDialect } from './sqlite.ts';
import type { SliceClock } from '../slices.ts';

/** Where a background step stopped reading `events`, in the order the events were stored. */
export interface EventCursor {
  /** SQLite: the events rowid. PostgreSQL: the events `seq`. */
  seq: number;
  /** PostgreSQL: the inserting transaction's id (xid8, as text); '0' on SQLite. */
  tx: string;
}

/** The columns {@link Dialect.eventsAfter} adds to a row, for {@link Dialect.cursorOf}. */
export interface EventPosition {
  _seq: number;
  _tx: string;
}

export interface Dialect {
  readonly name: 'sqlite' | 'postgres';
  /** What a background step's slice costs the collector's thread (../slices.ts): wall time with a driver that blocks it, CPU time with one that waits on the network. */
  readonly sliceClock: SliceClock;
  /**
   * The events stored after `cursor` and visible for good (on PostgreSQL,
   * only those of transactions older than every one still running, so an
   * event committed late is never passed over), oldest first.
   */
  eventsAfter<DB extends { events: unknown }, O>(qb: SelectQueryBuilder<DB, 'events', O>, cursor: EventCursor): SelectQueryBuilder<DB, 'events', O & EventPosition>;
  /**
   * Where a step that reads at most `n` events after `cursor` stops: the
   * position of the n-th visible event after it (or of the last one), and how
   * many events that covers; undefined when none follows. A step that filters
   * the events it reads bounds its query with {@link eventsUpTo} and moves its
   * cursor there, so one slice never scans more than `n` events however few
   * of them pass its filter.
   */
  scanBound<DB>(db: Kysely<DB>, cursor: EventCursor, n: number): Promise<{ bound: EventCursor; events: number } | undefined>;
  /** Only the events at or before `bound` (a {@link scanBound}). */
  eventsUpTo<DB extends { events: unknown }, O>(qb: SelectQueryBuilder<DB, 'events', O>, bound: EventCursor): SelectQueryBuilder<DB, 'events', O>;
  /** The columns of an event's place in the stored order, for {@link cursorOf}. */
  eventPosition<DB extends { events: unknown }, O>(qb: SelectQueryBuilder<DB, 'events', O>): SelectQueryBuilder<DB, 'events', O & EventPosition>;
  cursorOf(row: EventPosition): EventCursor;
  /** A number that grows when events are stored (for the live dashboard's change marks). */
  latestEvent(): RawBuilder<number | null>;
  /** `group_phrasings` in the order its rows were written (the first seen wins a tie). */
  phrasingOrder(): RawBuilder<unknown>;
  /** True where `needle` occurs in `haystack` (case-sensitive, no wildcards). */
  contains(haystack: Expression<string>, needle: string): RawBuilder<boolean>;
  /**
   * Inside a transaction: take the step `name` for this transaction, so one
   * process at a time runs it; false when another holds it (`wait`: wait for it).
   */
  lockStep<DB>(trx: Kysely<DB>, name: string, wait: boolean): Promise<boolean>;
  /** Migration 0011_store_order: what {@link eventsAfter} and {@link phrasingOrder} read (PostgreSQL's `seq` and `tx`; SQLite has rowids). */
  addStoreOrder(db: Kysely<unknown>): Promise<void>;
  /**
   * Migration 0007_events_per_site: `table`'s primary key becomes `key`, its
   * rows, indexes (and on SQLite rowids) kept. `definition` is the table's
   * whole column list with the new key, for SQLite, which cannot alter a key
   * and rebuilds the table; PostgreSQL alters the key in place.
   */
  changePrimaryKey(db: Kysely<unknown>, table: string, key: string[], definition: string): Promise<void>;
  /** After rows were copied in with their ids (`ayuda db copy`): the next generated ids follow them. */
  afterCopy<DB>(db: Kysely<DB>, tables: string[]): Promise<void>;
  /** True when `err` is the violation of the unique constraint of `table`'s `column`. */
  isUniqueViolation(err: unknown, table: string, column: string): boolean;
  /** The column type of bytes (hand-off attachments): SQLite's `blob`, PostgreSQL's `bytea`. */
  readonly bytesType: 'blob' | 'bytea';
  /** Rows another transaction has claimed are skipped (PostgreSQL), not waited for. */
  skipLocked<DB, TB extends keyof DB, O>(qb: SelectQueryBuilder<DB, TB, O>): SelectQueryBuilder<DB, TB, O>;
}

/** The dialect of a Kysely instance (or of a transaction of it). */
export function dialectOf<DB>(db: Kysely<DB>): Dialect {
  // The adapter is the only public trace of the dialect a Kysely instance was made with.
  return db.getExecutor().adapter instanceof PostgresAdapter ? postgresDialect : sqliteDialect;
}
