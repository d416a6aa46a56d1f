/**
 * `0007_events_per_site`: event ids are made in browsers, so they are
 * unique within a site, not across sites: an id stored for site A must not
 * make site B's event a duplicate. SQLite cannot change a primary key, so
 * `events` and `group_members` are rebuilt keyed (site, id) and
 * (site, event_id), copying every row with its rowid (the grouping cursor
 * counts in events' rowids), and their indexes are made again as they were.
 */
import { sql, type Kysely, type Migration } from 'kysely';

/** Rebuild `table` with `definition` (its columns and new key), keeping rows, rowids and indexes. */
async function rebuild(db: Kysely<unknown>, table: string, definition: string): Promise<void> {
  const indexes = await sql<{ sql: string }>`select sql from sqlite_master where type = 'index' and tbl_name = ${table} and sql is not null`.execute(db);
  const columns = (await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(db)).rows.map((c) => `"${c.name}"`).join(', ');
  await sql.raw(`create table "${table}_rebuilt" (${definition})`).execute(db);
  await sql.raw(`insert into "${table}_rebuilt" (rowid, ${columns}) select rowid, ${columns} from "${table}"`).execute(db);
  await sql.raw(`drop table "${table}"`).execute(db);
  await sql.raw(`alter table "${table}_rebuilt" rename to "${table}"`).execute(db);
  for (const index of indexes.rows) await sql.raw(index.sql).execute(db);
}

export const eventKeyMigrations: Record<string, Migration> = {
  '0007_events_per_site': {
    async up(db: Kysely<unknown>) {
      await rebuild(
        db,
        'events',
        `id text not null, v integer not null, site text not null, session text not null, type text not null,
        reason text, decision text, query text, locale text not null, path text not null, entry text,
        helpful integer, comment text, results text, dropped integer, at integer not null, received_at integer not null,
        primary key (site, id)`,
      );
      await rebuild(
        db,
        'group_members',
        `event_id text not null, group_id integer not null, site text not null, lang text not null, reason text not null,
        session text not null, at integer not null, entry text, question text,
        primary key (site, event_id)`,
      );
    },
  },
};
