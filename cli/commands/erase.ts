/**
 * `ayuda erase --email ana@example.com | --reference AY-7K3-Q9F [--site shop] [--dry-run] [--db …]`:
 * erase a customer's data from the collector's database (server/privacy/erase.ts):
 * their hand-offs with messages, deliveries and attachments, and the events
 * of the browser sessions those came from. Prints what was found per table;
 * with --dry-run changes nothing. Each erasure is logged in `erasures`
 * (who: "cli:<user>", when, the counts, a hash of the email or reference).
 */
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { DEFAULT_DB_FILE, openDatabase } from '../../server/db/index.ts';
import { eraseCustomer, planErasure, type ErasureMatch, type ErasurePlan } from '../../server/privacy/erase.ts';
import { privacyTables } from '../../server/privacy/tables.ts';

interface EraseOptions {
  email?: string;
  reference?: string;
  site?: string;
  dryRun?: boolean;
  db: string;
}

function report(plan: ErasurePlan): string {
  const tables = Object.entries(plan.counts).map(([table, n]) => `  ${table}: ${n}`);
  const handoffs = plan.handoffs.map((h) => `${h.reference} (${h.site})`).join(', ');
  return `${plan.handoffs.length} hand-off(s)${handoffs ? `: ${handoffs}` : ''}\n${tables.join('\n')}\n`;
}

export function registerErase(program: Command): void {
  program
    .command('erase')
    .description('erase a customer’s hand-offs (messages, deliveries, attachments) and the events of their sessions; logged')
    .option('--email <email>', 'the email the customer gave in their hand-offs')
    .option('--reference <reference>', 'a hand-off’s reference (AY-7K3-Q9F)')
    .option('--site <key>', 'only this site (default: every site)')
    .option('--dry-run', 'only count what would be erased')
    .option('--db <file|url>', 'the collector’s database: SQLite file or postgres:// URL (default: DATABASE_URL, else ./data/ayuda.db)', process.env.DATABASE_URL || DEFAULT_DB_FILE)
    .action(async (opts: EraseOptions) => {
      if ((opts.email === undefined) === (opts.reference === undefined)) throw new Error('name the customer with --email or with --reference (one of the two)');
      const email = opts.email?.trim();
      if (email !== undefined && !/^[^\s@]+@[^\s@]+$/.test(email)) throw new Error('--email: must be an email address');
      const match: ErasureMatch = email !== undefined ? { email } : { reference: opts.reference!.trim() };
      const sites = opts.site ? [opts.site] : null;
      const db = await openDatabase(opts.db);
      try {
        const k = privacyTables(db.kysely);
        if (opts.dryRun) {
          process.stdout.write(`would erase ${report(await planErasure(k, match, sites))}`);
          return;
        }
        const done = await eraseCustomer(k, match, { sites, by: `cli:${userInfo().username}` });
        process.stdout.write(`erased ${report(done)}logged as erasure ${done.erasure}\n`);
      } finally {
        await db.close();
      }
    });
}
