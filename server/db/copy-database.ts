/**
 * `ayuda db copy`: a SQLite database's rows into a new PostgreSQL one (or
 * any other store openDatabase opens), every table but the dashboard's
 * sessions (users log in again), in one transaction, each table in rowid
 * order so the background steps' cursors keep their place; then the row
 * counts of both sides are compared. Bytes (hand-off attachments: SQLite
 * blobs, PostgreSQL bytea) are copied as they are, a few rows at a time.
 */
import { sql, type Kysely } from 'kysely';
import type { DashboardSchema } from './dashboard-schema.ts';
import { readCursor, saveCursor } from './cursors.ts';
import { dialectOf } from './dialect/index.ts';
import { openDatabase } from './open-database.ts';

/** Not copied: server-side login sessions, and Kysely's own migration bookkeeping. */
const SKIPPED = new Set(['sessions', 'kysely_migration', 'kysely_migration_lock']);
/** The background steps whose cursor is an events position. */
const EVENT_CURSORS = ['events', 'alternates'];
const CHUNK = 500;
/** Tables of files (up to 5 MB a row): a few rows at a time, so a copy holds tens of MB, not gigabytes. */
const SMALL_CHUNKS: Record<string, number> = { handoff_attachments: 8 };

export interface CopyReport {
  tables: { table: string; rows: number }[];
}

type AnyDb = Kysely<Record<string, Record<string, unknown>>>;

async function countRows(db: AnyDb, table: string): Promise<number> {
  const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * @example
 * await copyDatabase('./data/ayuda.db', 'postgres://ayuda@127.0.0.1/ayuda', (line) => console.log(line));
 */
export async function copyDatabase(from: string, to: string, log: (line: string) => void = () => {}): Promise<CopyReport> {
  const source = await openDatabase(from);
  try {
    if (dialectOf(source.kysely).name !== 'sqlite') throw new Error(`--from must be a SQLite database file, got ${source.file}`);
    const target = await openDatabase(to);
    try {
      const src = source.kysely as unknown as AnyDb;
      const dst = target.kysely as unknown as AnyDb;
      const targetTables = new Map((await dst.introspection.getTables()).map((t) => [t.name, new Set(t.columns.map((c) => c.name))]));
      const tables = (await src.introspection.getTables()).filter((t) => !SKIPPED.has(t.name) && !t.name.startsWith('sqlite_'));
      for (const t of tables) {
        if (!targetTables.has(t.name)) throw new Error(`table ${t.name} is not in the target database (is it the same version of ayuda?)`);
        const n = await countRows(dst, t.name);
        if (n > 0) throw new Error(`the target database is not empty (${t.name} has ${n} rows): copy into a new database`);
      }
      const report: CopyReport = { tables: [] };
      await dst.transaction().execute(async (trx) => {
        for (const t of tables) {
          const into = targetTables.get(t.name)!;
          const columns = t.columns.map((c) => c.name).filter((c) => into.has(c));
          let copied = 0;
          for (let after = -Infinity; ; ) {
            const rows = await src
              .selectFrom(t.name)
              .select([...columns, sql<number>`rowid`.as('_rowid')])
              .where(sql<boolean>`rowid > ${after === -Infinity ? Number.MIN_SAFE_INTEGER : after}`)
              .orderBy(sql`rowid`)
              .limit(SMALL_CHUNKS[t.name] ?? CHUNK)
              .execute();
            if (!rows.length) break;
            after = Number(rows[rows.length - 1]!._rowid);
            await trx.insertInto(t.name).values(rows.map(({ _rowid, ...row }) => row)).execute();
            copied += rows.length;
          }
          report.tables.push({ table: t.name, rows: copied });
          log(`  ${t.name.padEnd(24)} ${copied}`);
        }
        await dialectOf(trx).afterCopy(trx, tables.map((t) => t.name));
        // The steps' cursors name SQLite rowids: move each to the same event's place in the target.
        const srcDash = source.kysely as unknown as Kysely<DashboardSchema>;
        const dstDash = trx as unknown as Kysely<DashboardSchema>;
        for (const name of EVENT_CURSORS) {
          const at = await readCursor(srcDash, name);
          if (!at.seq) continue;
          const last = await srcDash.selectFrom('events').select(['site', 'id']).where(sql<boolean>`rowid <= ${at.seq}`).orderBy(sql`rowid`, 'desc').limit(1).executeTakeFirst();
          if (!last) continue;
          const [row] = await dialectOf(dstDash).eventPosition(dstDash.selectFrom('events').select('id')).where('site', '=', last.site).where('id', '=', last.id).execute();
          if (row) await saveCursor(dstDash, name, dialectOf(dstDash).cursorOf(row));
        }
      });
      for (const { table, rows } of report.tables) {
        // The target's cursors may have a second row each (`<name>.tx`, ./cursors.ts).
        const added = table === 'grouping_cursor' ? Number((await dst.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where('name', 'like', '%.tx').executeTakeFirstOrThrow()).n) : 0;
        const [a, b] = [await countRows(src, table), (await countRows(dst, table)) - added];
        if (a !== rows || b !== rows) throw new Error(`row counts differ for ${table}: ${a} in the source, ${b} in the target`);
      }
      return report;
    } finally {
      await target.close();
    }
  } finally {
    await source.close();
  }
}
