/**
 * Checks a development FAQ set (`bench/data/faqs/<name>/`):
 *   npx tsx bench/data/faqs/check.ts <name> [<name>...]   (no name: every set)
 * Each set holds faq.csv (id,question,answer,alternates,tags,locale),
 * queries.csv (query,expected,locale; expected empty = out of scope) and a
 * README.md naming its source and licence. Checked: columns, unique ids,
 * 2–3 alternates, each expected id exists in the query's locale, no duplicate
 * query, every entry asked at least twice, and the paraphrase rule: no
 * answerable query repeats three consecutive words of its own entry's
 * question or alternates (after lowercasing and folding accents).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

const HERE = import.meta.dirname;
const FAQ_COLS = ['id', 'question', 'answer', 'alternates', 'tags', 'locale'];
const Q_COLS = ['query', 'expected', 'locale'];

const words = (s: string): string[] =>
  s.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/['’]/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
const trigrams = (s: string): Set<string> => {
  const w = words(s);
  const out = new Set<string>();
  for (let i = 0; i + 2 < w.length; i++) out.add(w.slice(i, i + 3).join(' '));
  return out;
};

function read(path: string, cols: string[]): Record<string, string>[] {
  const rows: Record<string, string>[] = parse(readFileSync(path, 'utf8'), { columns: true, bom: true });
  const got = rows.length ? Object.keys(rows[0]!) : [];
  if (got.join(',') !== cols.join(',')) throw new Error(`${path}: columns ${got.join(',')}, expected ${cols.join(',')}`);
  return rows;
}

export function checkSet(name: string): string[] {
  const dir = join(HERE, name);
  const errors: string[] = [];
  if (!existsSync(join(dir, 'README.md'))) errors.push('README.md is missing (source and licence)');
  const faq = read(join(dir, 'faq.csv'), FAQ_COLS);
  const queries = read(join(dir, 'queries.csv'), Q_COLS);
  const byId = new Map<string, Record<string, string>>();
  for (const [i, r] of faq.entries()) {
    const line = `faq.csv row ${i + 2}`;
    if (byId.has(r.id!)) errors.push(`${line}: duplicate id ${r.id}`);
    byId.set(r.id!, r);
    const alts = r.alternates!.split('|');
    if (alts.length < 2 || alts.length > 3 || alts.some((a) => !a.trim())) errors.push(`${line}: ${r.id} needs 2-3 non-empty alternates`);
    if (!r.question!.trim() || !r.answer!.trim()) errors.push(`${line}: ${r.id} has an empty question or answer`);
  }
  const perId = new Map<string, number>();
  const seen = new Set<string>();
  const counts = new Map<string, { in: number; out: number }>();
  for (const [i, q] of queries.entries()) {
    const line = `queries.csv row ${i + 2}`;
    const key = `${q.locale}\u0000${q.query!.trim().toLowerCase()}`;
    if (seen.has(key)) errors.push(`${line}: duplicate query [${q.locale}] ${q.query}`);
    seen.add(key);
    if (!q.query!.trim()) errors.push(`${line}: empty query`);
    const c = counts.get(q.locale!) ?? { in: 0, out: 0 };
    counts.set(q.locale!, c);
    if (!q.expected) { c.out++; continue; }
    c.in++;
    const e = byId.get(q.expected);
    if (!e) { errors.push(`${line}: unknown id ${q.expected}`); continue; }
    perId.set(q.expected, (perId.get(q.expected) ?? 0) + 1);
    if (e.locale !== q.locale) errors.push(`${line}: ${q.expected} is ${e.locale}, the query is [${q.locale}]`);
    const own = new Set([e.question!, ...e.alternates!.split('|')].flatMap((p) => [...trigrams(p)]));
    const shared = [...trigrams(q.query!)].filter((t) => own.has(t));
    if (shared.length) errors.push(`${line}: "${q.query}" repeats "${shared[0]}" of its entry ${q.expected}`);
  }
  for (const r of faq) if ((perId.get(r.id!) ?? 0) < 2) errors.push(`entry ${r.id} is expected by ${perId.get(r.id!) ?? 0} queries (at least 2)`);
  const locales = [...new Set(faq.map((r) => r.locale))].sort();
  console.log(`${name}: ${faq.length} entries (${locales.map((l) => `${l} ${faq.filter((r) => r.locale === l).length}`).join(', ')}), `
    + `${queries.length} queries (${[...counts].map(([l, c]) => `${l}: ${c.in} answerable, ${c.out} out of scope`).join('; ')})`);
  return errors;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const names = process.argv.slice(2).length ? process.argv.slice(2)
    : readdirSync(HERE, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  let failed = 0;
  for (const n of names) {
    const errors = checkSet(n);
    for (const e of errors) console.log(`  ${n}: ${e}`);
    if (errors.length) failed++;
  }
  process.exit(failed ? 1 : 0);
}
