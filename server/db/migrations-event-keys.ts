/**
 * `0007_events_per_site`: event ids are made in browsers, so they are
 * unique within a site, not across sites: an id stored for site A must not
 * make site B's event a duplicate. `events` and `group_members` are keyed
 * (site, id) and (site, event_id): SQLite cannot change a primary key, so
 * there they are rebuilt, copying every row with its rowid (the grouping
 * cursor counts in events' rowids), and their indexes are made again as
 * they were; PostgreSQL alters the key (./dialect/).
 */
import type { Kysely, Migration } from 'kysely';
import { dialectOf } from './dialect/index.ts';

export const eventKeyMigrations: Record<string, Migration> = {
  '0007_events_per_site': {
    async up(db: Kysely<unknown>) {
      await dialectOf(db).changePrimaryKey(
        db,
        'events',
        ['site', 'id'],
        `id text not null, v integer not null, site text not null, session text not null, type text not null,
        reason text, decision text, query text, locale text not null, path text not null, entry text,
        helpful integer, comment text, results text, dropped integer, at integer not null, received_at integer not null,
        primary key (site, id)`,
      );
      await dialectOf(db).changePrimaryKey(
        db,
        'group_members',
        ['site', 'event_id'],
        `event_id text not null, group_id integer not null, site text not null, lang text not null, reason text not null,
        session text not null, at integer not null, entry text, question text,
        primary key (site, event_id)`,
      );
    },
  },
};
