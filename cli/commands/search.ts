/**
 * `ayuda search --index DIR/faq-index.json "query" [--locale es] [--limit 5] [--json]`:
 * what a customer typing that query would get, for site owners checking their FAQ.
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { createSearchEngine, type SearchResult } from '../../widget/src/search/engine.ts';
import type { FaqIndex } from '../../widget/src/search/index-format.ts';

export async function loadIndexFile(path: string): Promise<FaqIndex> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new Error(`cannot read index ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  try {
    return JSON.parse(text) as FaqIndex;
  } catch (err) {
    throw new Error(`${path} is not valid JSON: ${(err as Error).message}`);
  }
}

/** Highlighted question for a terminal: matched words in [brackets]. */
export function markHighlights(text: string, ranges: [number, number][]): string {
  let out = '';
  let at = 0;
  for (const [s, e] of ranges) {
    out += `${text.slice(at, s)}[${text.slice(s, e)}]`;
    at = e;
  }
  return out + text.slice(at);
}

export function formatResult(r: SearchResult): string {
  const lines = [`decision: ${r.decision} (confidence ${r.confidence.toFixed(2)}, locale ${r.locale})`];
  if (!r.hits.length) lines.push('no matching entry');
  r.hits.forEach((h, i) => lines.push(`${String(i + 1).padStart(2)}. ${h.score.toFixed(3)}  ${h.id}  ${markHighlights(h.entry.question, h.highlights)}`));
  return lines.join('\n');
}

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('search a built FAQ index and print ranked hits, scores and the decision')
    .requiredOption('--index <file>', 'faq-index.json written by `ayuda build`')
    .option('--locale <locale>', "the customer's language (default: the index's first)")
    .option('--limit <n>', 'number of hits', '5')
    .option('--json', 'print one JSON object')
    .argument('<query...>', 'what the customer typed')
    .action(async (query: string[], opts: { index: string; locale?: string; limit: string; json?: boolean }) => {
      const engine = createSearchEngine(await loadIndexFile(opts.index));
      const r = engine.search(query.join(' '), { locale: opts.locale, limit: Number(opts.limit) || 5 });
      if (opts.json) {
        const hits = r.hits.map((h) => ({ id: h.id, score: h.score, question: h.entry.question, highlights: h.highlights }));
        process.stdout.write(JSON.stringify({ query: r.query, locale: r.locale, decision: r.decision, confidence: r.confidence, hits }) + '\n');
      } else {
        process.stdout.write(formatResult(r) + '\n');
      }
    });
}
