/** The answers apart from the ranking data: consecutive entries in chunks of a bounded size, each named by its content. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../src/search/build-index.ts';
import { createSearchEngine } from '../src/search/engine.ts';
import type { AnswerChunk } from '../src/search/index-format.ts';
import { smallFaq } from '../src/search/__fixtures__/small-faq.ts';
import { chunkJson, groupAnswers, splitAnswers } from './answer-chunks.ts';
import { splitByLocale } from './write-faq-index.ts';

const entries = (sizes: number[]) => sizes.map((n, i) => ({ id: `e${i}`, answerHtml: 'x'.repeat(n) }));
const bytesOf = (c: AnswerChunk) => chunkJson(c).length - 1; // without the newline

describe('groupAnswers', () => {
  it('keeps consecutive entries together up to the size, in the FAQ order', () => {
    const groups = groupAnswers(entries([300, 300, 300, 300, 300]), 1000);
    expect(groups.map((g) => Object.keys(g))).toEqual([['e0', 'e1', 'e2'], ['e3', 'e4']]);
    for (const g of groups) expect(bytesOf(g)).toBeLessThanOrEqual(1000);
  });

  it('gives an answer longer than the size a chunk of its own, and leaves no chunk empty', () => {
    const groups = groupAnswers(entries([100, 5000, 100]), 1000);
    expect(groups.map((g) => Object.keys(g))).toEqual([['e0'], ['e1'], ['e2']]);
    expect(groupAnswers([], 1000)).toEqual([]);
  });

  it('counts the bytes JSON writes (escapes, UTF-8), and an id that is "__proto__" is an answer like any other', () => {
    const html = '<p class="a">ñ</p>';
    // One member is "__proto__":"<p class=\"a\">ñ</p>", : 37 bytes; a chunk's braces 2 more.
    expect(groupAnswers([{ id: '__proto__', answerHtml: html }, { id: 'b', answerHtml: html }], 39)).toHaveLength(2);
    const [both] = groupAnswers([{ id: '__proto__', answerHtml: html }, { id: 'b', answerHtml: html }], 2 + 37 + 29);
    const parsed = JSON.parse(chunkJson(both!).toString()) as AnswerChunk;
    expect(Object.entries(parsed)).toEqual([['__proto__', html], ['b', html]]);
  });
});

describe('splitAnswers', () => {
  const [en, es] = splitByLocale(buildSearchIndex(smallFaq));

  it('puts every answer in exactly one chunk, named by its locale and the hash of its bytes, and the part names it', () => {
    for (const whole of [en!, es!]) {
      const { part, chunks } = splitAnswers(whole, 200);
      expect(chunks.length).toBeGreaterThan(1);
      const seen = new Map<string, string>();
      for (const c of chunks) {
        const hash = createHash('sha256').update(c.bytes).digest('hex').slice(0, 8);
        expect(c.name).toBe(`faq-answers.${whole.locales[0]!.locale}.${hash}.json`);
        for (const [id, html] of Object.entries(JSON.parse(c.bytes.toString()) as AnswerChunk)) {
          expect(seen.has(id)).toBe(false);
          seen.set(id, html);
          expect(part.entries.find((e) => e.id === id)!.answers).toBe(c.name);
        }
      }
      expect(Object.fromEntries(seen)).toEqual(Object.fromEntries(whole.entries.map((e) => [e.id, e.answerHtml])));
      expect(part.entries.some((e) => 'answerHtml' in e)).toBe(false);
    }
  });

  it('leaves the ranking data as it was: the part without its answers searches the same', () => {
    const { part } = splitAnswers(es!);
    const [whole, apart] = [createSearchEngine(es!), createSearchEngine(part)];
    for (const q of ['devolver un producto', 'olvide la contrasena', 'cuanto tarda en llegar', 'bizum']) {
      const [a, b] = [whole.search(q, { locale: 'es' }), apart.search(q, { locale: 'es' })];
      expect(b.hits.map((h) => [h.id, h.score])).toEqual(a.hits.map((h) => [h.id, h.score]));
      expect(b.decision).toBe(a.decision);
    }
  });

  it('is deterministic, and a changed answer changes its own chunk name only', () => {
    const first = splitAnswers(es!, 200);
    expect(splitAnswers(es!, 200).chunks.map((c) => c.name)).toEqual(first.chunks.map((c) => c.name));
    const edited = { ...es!, entries: es!.entries.map((e, i) => (i === es!.entries.length - 1 ? { ...e, answerHtml: e.answerHtml!.replace('.', '!') } : e)) };
    const names = splitAnswers(edited, 200).chunks.map((c) => c.name);
    expect(names.slice(0, -1)).toEqual(first.chunks.slice(0, -1).map((c) => c.name));
    expect(names.at(-1)).not.toBe(first.chunks.at(-1)!.name);
  });

  it('makes chunks larger rather than more than the maximum per locale', () => {
    for (const max of [1, 2, 3, 5]) expect(splitAnswers(es!, 1, max).chunks.length).toBeLessThanOrEqual(max);
  });
});
