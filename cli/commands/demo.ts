/**
 * `ayuda demo` (`npm run demo`): build the demo shop's FAQ (Spanish and
 * English) and search it from the terminal. Type a question; `:en` / `:es`
 * switch language; an empty line or Ctrl-D quits. Without a terminal it runs
 * a few sample questions and exits.
 */
import { resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import { runBuild } from './build.ts';
import { formatResult, loadIndexFile } from './search.ts';
import { createSearchEngine } from '../../widget/src/search/engine.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SAMPLES: [string, string][] = [
  ['es', 'devolusion de un pedido'],
  ['es', 'cuanto tarda en llegar mi paquete a mexico'],
  ['en', 'my parcel arrived broken'],
  ['en', 'whats the weather tomorrow'],
];

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('build the demo FAQ and search it from the terminal')
    .option('--out <dir>', 'where to write the demo build', 'dist/demo')
    .action(async (opts: { out: string }) => {
      const out = resolve(ROOT, opts.out);
      const code = await runBuild([resolve(ROOT, 'demo/faq/es.md'), resolve(ROOT, 'demo/faq/en.md')], { out });
      if (code) process.exit(code);
      const engine = createSearchEngine(await loadIndexFile(`${out}/faq-index.json`));
      if (!process.stdin.isTTY) {
        for (const [locale, q] of SAMPLES) console.log(`\n[${locale}] ${q}\n${formatResult(engine.search(q, { locale, limit: 3 }))}`);
        return;
      }
      let locale = 'es';
      console.log('\nAyuda demo: ask the Tienda Lumen FAQ a question (":en" / ":es" switch language, empty line quits).');
      const rl = createInterface({ input: process.stdin, output: process.stdout });
      for (;;) {
        const line = (await rl.question(`${locale}> `).catch(() => '')).trim();
        if (!line) break;
        if (line === ':en' || line === ':es') { locale = line.slice(1); continue; }
        console.log(formatResult(engine.search(line, { locale, limit: 5 })));
      }
      rl.close();
    });
}
