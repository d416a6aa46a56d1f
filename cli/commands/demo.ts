/**
 * `ayuda demo [--port 5173]` (`npm run demo`): build the demo shop's FAQ and
 * the widget (`ayuda build demo/faq/es.md demo/faq/en.md --out
 * dist/demo/ayuda`), serve the shop's product and help pages on 127.0.0.1
 * under a strict CSP (demo/server.ts), start the collector when the server
 * provides one, and print the URLs. Ctrl-C stops everything.
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { startDemo } from '../../demo/server.ts';

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
      const demo = await startDemo({ port: Number(opts.port), out: resolve(ROOT, 'dist/demo/ayuda'), collector: collector?.url });
      console.log('\nTienda Lumen, with Ayuda:');
      console.log(`  Spanish product page   ${demo.url}/`);
      console.log(`  English product page   ${demo.url}/en/`);
      console.log(`  Help centre            ${demo.url}/centro-de-ayuda/  ${demo.url}/en/help/`);
      if (collector) console.log(`  Collector              ${collector.url}  (database ${collector.database})`);
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
  close(): Promise<void>;
}

/**
 * Start the collector (`createCollector` from server/) on 127.0.0.1 with
 * ./data/ayuda.db. Resolves to undefined, with a note, while server/ has
 * no collector yet.
 */
async function startCollector(port: number): Promise<RunningCollector | undefined> {
  const database = resolve(ROOT, 'data/ayuda.db');
  // TODO(collector): import createCollector statically once server/ exports it.
  const entry = resolve(ROOT, 'server/index.ts');
  let createCollector: ((options: { database: string }) => unknown) | undefined;
  try {
    ({ createCollector } = (await import(entry)) as { createCollector?: typeof createCollector });
  } catch {
    createCollector = undefined;
  }
  if (typeof createCollector !== 'function') {
    console.log('(No collector yet: server/index.ts does not export createCollector; the demo runs without one.)');
    return undefined;
  }
  const app = (await createCollector({ database })) as { listen(o: { port: number; host: string }): Promise<unknown>; close(): Promise<unknown> };
  await app.listen({ port, host: '127.0.0.1' });
  return { url: `http://127.0.0.1:${port}`, database: 'data/ayuda.db', close: async () => void (await app.close()) };
}
