/**
 * `ayuda serve [--port 8787] [--host 127.0.0.1] [--db ./data/ayuda.db | postgres://…] [--config ayuda.config.json]`:
 * run the collector that stores the widget's events (the questions the FAQ
 * could not answer). Prints the URL; stops cleanly on SIGTERM/SIGINT.
 */
import type { Command } from 'commander';
import { createCollector, inboundMailOf } from '../../server/app.ts';
import { loadConfig } from '../../server/config/config.ts';
import { DEFAULT_DB_FILE, openDatabase } from '../../server/db/index.ts';
import { closeOnSignals, createShutdown } from '../../server/shutdown.ts';

interface ServeOptions {
  port: string;
  host: string;
  db: string;
  config?: string;
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!/^\d{1,5}$/.test(text) || port > 65535) throw new Error(`--port: must be an integer 0-65535, got "${text.slice(0, 20)}"`);
  return port;
}

export async function runServe(opts: ServeOptions): Promise<void> {
  const port = parsePort(opts.port);
  const { config, source } = await loadConfig(opts.config);
  const db = await openDatabase(opts.db);
  const app = createCollector({ db, config, logger: { level: process.env.AYUDA_LOG_LEVEL ?? 'warn' } });
  try {
    // Start-up (sites, dashboard) first, so that its failures are not reported as the address's.
    await app.ready();
  } catch (err) {
    await db.close();
    throw new Error(`cannot start the collector on ${db.file}: ${(err as Error).message}`, { cause: err });
  }
  let url: string;
  try {
    url = await app.listen({ port, host: opts.host });
  } catch (err) {
    await app.close();
    await db.close();
    throw new Error(`cannot listen on ${opts.host}:${port}: ${(err as Error).message}`, { cause: err });
  }
  let inbound = '';
  try {
    const mail = await inboundMailOf(app);
    if (mail) inbound = `  inbound email for ${config.inbound!.domain} on ${config.inbound!.host ?? '127.0.0.1'}:${mail.port}\n`;
  } catch (err) {
    await app.close();
    await db.close();
    throw new Error(`cannot listen for inbound email on port ${config.inbound!.port}: ${(err as Error).message}`, { cause: err });
  }
  closeOnSignals(createShutdown(app, db));
  process.stdout.write(
    `ayuda collector listening on ${url}\n` +
      `  POST ${url}/v1/events, GET ${url}/healthz\n` +
      `  database ${db.file}\n` +
      `  config ${source}; its sites: ${config.sites.map((s) => s.key).join(', ')}; admins manage more at ${url}/dashboard/sites\n` +
      inbound,
  );
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('run the collector: receives event batches from the widget and stores each event once')
    .option('--port <port>', 'TCP port (0 picks a free one)', '8787')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--db <file|url>', 'SQLite database file (created with its directory), or a postgres:// URL (default: DATABASE_URL, else ./data/ayuda.db)', process.env.DATABASE_URL || DEFAULT_DB_FILE)
    .option('--config <file>', 'site keys and origins (default: ayuda.config.json if present, else site "demo" for loopback origins)')
    .action(async (opts: ServeOptions) => {
      await runServe(opts);
    });
}
