/**
 * A support lead's grouping decisions (appended to ./migrations.ts), which
 * the grouping step (server/grouping/) consults for every later question:
 * - `question_groups.merged_into`: a group merged into another (by a lead,
 *   or by the step's own merge pass) keeps its row and centroid as a
 *   prototype of that group, so questions like it keep landing there;
 * - `group_apart`: two groups the step must never merge (a lead split one
 *   out of the other);
 * - `group_pins`: a wording a lead moved to another group; its later repeats
 *   go there.
 */
import type { Kysely, Migration } from 'kysely';

export const groupingMigrations: Record<string, Migration> = {
  '0006_grouping_decisions': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('question_groups').addColumn('merged_into', 'integer').execute();
      await db.schema.createIndex('question_groups_merged').on('question_groups').column('merged_into').execute();
      await db.schema
        .createTable('group_apart')
        .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('site', 'text', (c) => c.notNull())
        .addColumn('lang', 'text', (c) => c.notNull())
        .addColumn('a', 'integer', (c) => c.notNull())
        .addColumn('b', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('group_apart_site_lang').on('group_apart').columns(['site', 'lang']).execute();
      await db.schema
        .createTable('group_pins')
        .addColumn('site', 'text', (c) => c.notNull())
        .addColumn('lang', 'text', (c) => c.notNull())
        .addColumn('phrasing', 'text', (c) => c.notNull())
        .addColumn('group_id', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('group_pins_pk', ['site', 'lang', 'phrasing'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('group_pins').execute();
      await db.schema.dropTable('group_apart').execute();
      await db.schema.dropIndex('question_groups_merged').execute();
      await db.schema.alterTable('question_groups').dropColumn('merged_into').execute();
    },
  },
};
