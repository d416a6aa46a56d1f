import { buildSearchIndex } from '../widget/src/search/build-index.ts';
import { createSearchEngine } from '../widget/src/search/engine.ts';
import { loadSet } from './lib/dev-sets.ts';
const set = await loadSet(process.argv[2]!);
const engine = createSearchEngine(buildSearchIndex(set.faq));
for (const q of process.argv.slice(4)) {
  const r = engine.search(q, { locale: process.argv[3], limit: 5 });
  console.log(JSON.stringify({ q, decision: r.decision, confidence: r.confidence, shown: r.shown, features: (r as any).features, hits: r.hits.slice(0, 3).map((h: any) => ({ id: h.id, score: h.score, ...(h.evidence ? { evidence: h.evidence } : {}) })) }, null, 0));
}
