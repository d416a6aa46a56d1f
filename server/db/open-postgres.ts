/**
 * The collector's database on PostgreSQL (`ayuda serve --db postgres://…`,
 * or DATABASE_URL): Kysely's PostgresDialect over a `pg` pool, the same
 * migrations and queries as SQLite. Several collector processes may share
 * the database: each event id is stored once per site (ON CONFLICT DO NOTHING), and
 * what must run once takes a lock (./dialect/postgres.ts).
 *
 * Migrations are written with `integer` columns (SQLite's 64-bit integer):
 * here they become `bigint` (epoch milliseconds do not fit PostgreSQL's
 * 32-bit `integer`), and an autoincrement key `bigserial`. `bigint` and
 * `numeric` results (ids, count(*), sum()) are read as JavaScript numbers.
 */
import pg from 'pg';
import {
  DataTypeNode,
  Kysely,
  OperationNodeTransformer,
  PostgresDialect,
  sql,
  type ColumnDefinitionNode,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryId,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';
import { toRow } from './event-rows.ts';
import { migrateToLatest } from './migrations.ts';
import type { CollectorDb } from './open-database.ts';
import type { DatabaseSchema } from './schema.ts';

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** The URL without its password, to print. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

class WideIntegers extends OperationNodeTransformer {
  protected override transformColumnDefinition(node: ColumnDefinitionNode, queryId?: QueryId): ColumnDefinitionNode {
    const column = super.transformColumnDefinition(node, queryId);
    if (!DataTypeNode.is(column.dataType) || column.dataType.dataType !== 'integer') return column;
    return { ...column, dataType: DataTypeNode.create(column.autoIncrement ? 'bigserial' : 'bigint'), autoIncrement: false };
  }
}

/** `integer` columns of the migrations as `bigint` (see above). */
class WideIntegersPlugin implements KyselyPlugin {
  readonly #transformer = new WideIntegers();
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.#transformer.transformNode(args.node, args.queryId);
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

const INT8 = 20;
const NUMERIC = 1700;
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8 || oid === NUMERIC ? Number : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

export interface PostgresOptions {
  /** Connections in this process's pool (default 10). */
  poolSize?: number;
}

/**
 * @example
 * const db = await openPostgres('postgres://ayuda:secret@127.0.0.1/ayuda');
 */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<CollectorDb> {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10, application_name: 'ayuda', types });
  // A connection the server dropped (a restart, an admin's kill) must not end the process: an idle
  // one is replaced by the pool; a busy one fails its query (a 500, which the widget sends again)
  // and leaves the pool when released.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  const kysely = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }), plugins: [new WideIntegersPlugin()] });
  try {
    await migrateToLatest(kysely as Kysely<never>);
  } catch (err) {
    await kysely.destroy();
    throw err;
  }

  let closed = false;
  return {
    file: redactUrl(url),
    kysely,
    async insertBatch(batch, receivedAt = Date.now()) {
      if (closed) throw new Error('database is closed');
      // In the batch's order, the order the steps read them in (as on SQLite). A resent batch
      // has the same order as the first send, so two of them wait for each other, not deadlock.
      const rows = batch.events.map((e) => toRow(e, receivedAt));
      const store = async (db: Kysely<DatabaseSchema>): Promise<number> => {
        const result = await db.insertInto('events').values(rows).onConflict((oc) => oc.columns(['site', 'id']).doNothing()).executeTakeFirst();
        if (batch.dropped) {
          await db
            .insertInto('outbox_drops')
            .values({ batch_id: batch.events[0]!.id, site: batch.site, dropped: batch.dropped, received_at: receivedAt })
            .onConflict((oc) => oc.column('batch_id').doNothing())
            .execute();
        }
        return Number(result.numInsertedOrUpdatedRows ?? 0n);
      };
      // One statement commits alone; with the drops row, both or neither.
      const accepted = batch.dropped ? await kysely.transaction().execute(store) : await store(kysely);
      return { accepted, duplicates: batch.events.length - accepted };
    },
    async ping() {
      await sql`select 1`.execute(kysely);
    },
    async close() {
      if (closed) return;
      closed = true;
      await kysely.destroy();
    },
  };
}
