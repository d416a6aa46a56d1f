/**
 * `ayuda db copy --from ./data/ayuda.db --to postgres://…`: move a SQLite
 * database to PostgreSQL (server/db/copy-database.ts): every table but the
 * dashboard's sessions, then the row counts of both sides compared.
 */
import type { Command } from 'commander';
import { copyDatabase } from '../../server/db/copy-database.ts';
import { DEFAULT_DB_FILE } from '../../server/db/index.ts';
import { redactUrl } from '../../server/db/open-postgres.ts';

export function registerDb(program: Command): void {
  const db = program.command('db').description('move the collector’s database');
  db.command('copy')
    .description('copy a SQLite database into a new, empty PostgreSQL database (sessions are not copied: users log in again); checks row counts')
    .option('--from <file>', 'the SQLite database file', DEFAULT_DB_FILE)
    .requiredOption('--to <url>', 'the PostgreSQL database, postgres://user:password@host:port/name (created empty; ayuda migrates it)')
    .action(async (opts: { from: string; to: string }) => {
      process.stdout.write(`copying ${opts.from} to ${redactUrl(opts.to)}\n`);
      const report = await copyDatabase(opts.from, opts.to, (line) => process.stdout.write(`${line}\n`));
      const rows = report.tables.reduce((n, t) => n + t.rows, 0);
      process.stdout.write(`copied ${rows} rows in ${report.tables.length} tables; row counts match (sessions not copied: users log in again)\n`);
    });
}
