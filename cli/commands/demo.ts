/**
 * `ayuda demo [--port 5173]` (`npm run demo`): build the demo shop's FAQ and
 * the widget (`ayuda build demo/faq/es.md demo/faq/en.md --out
 * dist/demo/ayuda`), serve the shop's product and help pages on 127.0.0.1
 * under a strict CSP (demo/server.ts) with the collector of `ayuda serve`
 * (port 8787, ./data/ayuda.db) written into the pages' `data-collector`,
 * hand-offs delivered to a local SMTP sink and webhook receiver
 * (demo/handoff-sinks.ts, which print what arrives), and print the URLs.
 * Ctrl-C stops everything.
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { startDemo } from '../../demo/server.ts';
import { createCollector } from '../../server/app.ts';
import { defaultConfig } from '../../server/config/config.ts';
import { DEFAULT_DB_FILE, openDatabase } from '../../server/db/index.ts';
import { withDashboardTables } from '../../server/db/dashboard-schema.ts';
import { DEMO_EMAIL, ensureFirstUser, type FirstUser } from '../../server/auth/first-user.ts';
import { startHandoffSinks } from '../../demo/handoff-sinks.ts';

const ROOT = resolve(import.meta.dirname, '../..');

export interface DemoCommandOptions {
  port: string;
  collectorPort: string;
  collector: boolean;
}

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('build the widget and the demo FAQ, then serve the demo shop (Spanish and English) with the widget on it')
    .option('-p, --port <port>', 'port of the demo shop', '5173')
    .option('--collector-port <port>', 'port of the collector', '8787')
    .option('--no-collector', 'do not start the collector')
    .action(async (opts: DemoCommandOptions) => {
      const collector = opts.collector ? await startCollector(Number(opts.collectorPort)) : undefined;
      const demo = await startDemo({ port: Number(opts.port), out: resolve(ROOT, 'dist/demo/ayuda'), collector: collector?.url }).catch(async (err: unknown) => {
        await collector?.close();
        throw err;
      });
      console.log('\nTienda Lumen, with Ayuda:');
      console.log(`  Spanish product page   ${demo.url}/`);
      console.log(`  English product page   ${demo.url}/en/`);
      console.log(`  Help centre            ${demo.url}/centro-de-ayuda/  ${demo.url}/en/help/`);
      if (collector) console.log(`  Collector              ${collector.url}  (database ${collector.database})`);
      if (collector) printDashboard(collector);
      console.log('\nCtrl-C to stop.');
      const stop = async (): Promise<void> => {
        await Promise.allSettled([demo.close(), collector?.close()]);
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}

interface RunningCollector {
  url: string;
  database: string;
  firstUser: FirstUser;
  close(): Promise<void>;
}

/** The support leads' dashboard: its URL and how to log in (a generated password, printed on the first run only). */
function printDashboard({ url, firstUser }: RunningCollector): void {
  console.log(`  Support dashboard      ${url}/dashboard/`);
  if (firstUser.created) {
    console.log('\n  First run: a dashboard admin was created. Log in with');
    console.log(`      email     ${firstUser.email}`);
    console.log(`      password  ${firstUser.password}`);
    console.log('    This password is shown only now: note it. Add your own user with');
    console.log('      npx ayuda user add --email you@example.com --role admin');
  } else {
    console.log(`    Log in as ${DEMO_EMAIL} (password printed on the first run; new one: npx ayuda user passwd --email ${DEMO_EMAIL})`);
    console.log('    or as any user added with `npx ayuda user add`.');
  }
}

/** The collector of `ayuda serve` on 127.0.0.1 with ./data/ayuda.db and the default config (site "demo", loopback origins). */
async function startCollector(port: number): Promise<RunningCollector> {
  const db = await openDatabase(resolve(ROOT, DEFAULT_DB_FILE));
  const sinks = await startHandoffSinks((line) => console.log(line));
  const config = sinks.withHandoffs(defaultConfig());
  const app = createCollector({ db, config, logger: { level: process.env.AYUDA_LOG_LEVEL ?? 'warn' } });
  try {
    const url = await app.listen({ port, host: '127.0.0.1' });
    // The attachments' signed links in the hand-off emails and webhooks.
    config.publicUrl = url;
    const firstUser = await ensureFirstUser(withDashboardTables(db.kysely));
    console.log(`  Hand-offs              email to smtp://127.0.0.1:${sinks.smtp.port}, webhook to ${sinks.webhook.url} (printed below as they arrive)`);
    return { url, database: DEFAULT_DB_FILE, firstUser, close: async () => { await app.close(); await db.close(); await sinks.close(); } };
  } catch (err) {
    await db.close();
    await sinks.close();
    throw new Error(`cannot start the collector on 127.0.0.1:${port}: ${(err as Error).message} (use --collector-port or --no-collector)`);
  }
}
