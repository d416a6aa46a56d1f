/**
 * `npx tsx bench/thesaurus.ts es|en [--eval]`: synonym groups derived from a
 * Debian thesaurus, filtered hard, as candidates for the built-in lexicon
 * (widget/src/search/lexicon/), and with --eval their effect on every dev set.
 * Needs the Debian packages (not the tests, not `ayuda build`):
 *  - es: mythes-es, /usr/share/mythes/th_es_ES_v2.dat (Marcelo Garrone's
 *    Spanish thesaurus, LGPL-2.1). Kept: pairs of single words that each
 *    have ONE meaning in the thesaurus and list each other in it.
 *  - en: wordnet-base, /usr/share/wordnet (Princeton WordNet 3.0, WordNet
 *    3.0 licence, BSD-like). Kept: single words whose most used sense
 *    (SemCor tag counts, cntlist.rev) is their first, with at least 3 tagged
 *    uses and half of them; words sharing that synset form a group (same
 *    part of speech, mutual by construction).
 * Measured on the dev sets with the lexicon of 2026-12 (eval:dev, mean
 * top-1 of the 11 rows): es, 10,337 pairs, 0.727 → 0.715, worse on every
 * Spanish row (banco-es 0.658 → 0.617); en, 520 groups, 0.727 → 0.726
 * (energia en +0.012, telco en −0.010, saas −0.006; BANKING77 test K=10
 * 0.753 → 0.755). Neither is shipped: thesaurus "synonyms" are too often
 * related words ("hermana|mamá", "envío|pedido", "job|occupation"); the good
 * ones were reviewed by hand into lexicon/es.ts and en.ts.
 */
import { readFileSync } from 'node:fs';
import { buildSearchIndex } from '../widget/src/search/build-index.ts';
import { builtInLexicon } from '../widget/src/search/lexicon.ts';
import { createSearchEngine } from '../widget/src/search/engine.ts';
import { figuresFor } from './eval-dev.ts';
import { allDevSets } from './lib/dev-sets.ts';

const MYTHES_ES = '/usr/share/mythes/th_es_ES_v2.dat';
const WORDNET = '/usr/share/wordnet';

/** mythes-es: mutual pairs of single-meaning single words, "a|b". */
export function mythesGroups(path = MYTHES_ES): string[] {
  const lines = readFileSync(path, 'latin1').split('\n').slice(1);
  const meanings = new Map<string, string[][]>();
  for (let i = 0; i < lines.length; ) {
    const head = lines[i]!;
    if (!head) { i++; continue; }
    const bar = head.lastIndexOf('|');
    const n = Number(head.slice(bar + 1));
    meanings.set(head.slice(0, bar), lines.slice(i + 1, i + 1 + n).map((l) => l.split('|').slice(1)));
    i += 1 + n;
  }
  const single = (w: string): string[] | undefined => {
    const m = meanings.get(w);
    return !w.includes(' ') && m?.length === 1 ? m[0] : undefined;
  };
  const pairs = new Set<string>();
  for (const w of meanings.keys()) {
    for (const v of single(w) ?? []) if (v !== w && single(v)?.includes(w)) pairs.add([w, v].sort().join('|'));
  }
  return [...pairs].sort();
}

const SS_TYPE: Record<string, string> = { 1: 'noun', 2: 'verb', 3: 'adj', 4: 'adv', 5: 'adj' };

/** WordNet 3.0: single words grouped by their dominant first sense. */
export function wordnetGroups(dir = WORDNET, minUses = 3, minShare = 0.5): string[] {
  const firstSynset = new Map<string, string>();
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(`${dir}/index.${pos}`, 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const f = line.split(' ');
      const pointers = Number(f[3]);
      firstSynset.set(`${f[0]} ${pos}`, `${pos} ${f[4 + pointers + 2]}`);
    }
  }
  const uses = new Map<string, { pos: string; sense: number; count: number }[]>();
  for (const line of readFileSync(`${dir}/cntlist.rev`, 'utf8').split('\n')) {
    const [key, sense, count] = line.split(' ');
    if (!key || !count) continue;
    const [lemma, rest] = key.split('%');
    if (!/^[a-z]+$/.test(lemma!)) continue;
    uses.set(lemma!, [...(uses.get(lemma!) ?? []), { pos: SS_TYPE[rest!.split(':')[0]!]!, sense: Number(sense), count: Number(count) }]);
  }
  const bySynset = new Map<string, string[]>();
  for (const [lemma, list] of uses) {
    const total = list.reduce((s, u) => s + u.count, 0);
    const top = list.reduce((a, b) => (b.count > a.count ? b : a));
    if (total < minUses || top.sense !== 1 || top.count < minShare * total) continue;
    const synset = firstSynset.get(`${lemma} ${top.pos}`);
    if (synset) bySynset.set(synset, [...(bySynset.get(synset) ?? []), lemma]);
  }
  return [...bySynset.values()].filter((g) => g.length > 1).map((g) => g.sort().join('|')).sort();
}

async function evaluate(lang: string, groups: string[]): Promise<void> {
  const lexicon = (locale: string) => {
    const own = builtInLexicon(locale);
    return locale.startsWith(lang) ? { ...own, variants: [...own.variants, ...groups] } : own;
  };
  for (const set of await allDevSets()) {
    const locales = [...new Set(set.queries.map((q) => q.locale ?? set.faq.entries[0]!.locale))].sort();
    for (const [name, options] of [['built-in', {}], ['+ thesaurus', { lexicon }]] as const) {
      const engine = createSearchEngine(buildSearchIndex(set.faq, options));
      for (const l of locales) {
        const f = figuresFor(set, engine, l, set.queries.filter((q) => (q.locale ?? set.faq.entries[0]!.locale) === l));
        console.log(`${set.name}\t${l}\t${name}\ttop-1 ${f.top1.toFixed(3)}\ttop-3 ${f.top3.toFixed(3)}\tabstained ${f.abstained.toFixed(3)}`);
      }
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const lang = process.argv[2] === 'en' ? 'en' : 'es';
  const groups = lang === 'en' ? wordnetGroups() : mythesGroups();
  if (process.argv.includes('--eval')) await evaluate(lang, groups);
  else process.stdout.write(groups.join('\n') + '\n');
}
