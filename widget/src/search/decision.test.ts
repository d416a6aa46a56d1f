import { describe, it, expect } from 'vitest';
import { confidence, decide, DEFAULT_DECISION, featureVector, FEATURE_ORDER, type DecisionModel } from './decision.ts';
import type { HitFeatures } from './locale-model.ts';
import model from './decision-model.json';

const { answered, weak } = model;
const eps = 1e-6;

/** Mid-range features (`as`: the feature set may grow; extra or missing ones count as 0 here). */
const features = (f: Record<string, number>): HitFeatures => f as unknown as HitFeatures;
const base = features({ score: 0.4, coverage: 0.4, cosine: 0.4, margin: 0.1, known: 0.5, matched: 0.5, words: 3, phrasing: 0.5 });
const conf = (f: Record<string, number>): number => confidence({ ...base, ...f } as HitFeatures);

describe('decide', () => {
  it('uses the thresholds in decision-model.json by default', () => {
    expect(DEFAULT_DECISION.answered).toBe(answered);
    expect(DEFAULT_DECISION.weak).toBe(weak);
    expect(weak).toBeLessThan(answered);
  });

  it.each([
    [0, 'none'],
    [weak - eps, 'none'],
    [weak, 'weak'],
    [weak + eps, 'weak'],
    [(weak + answered) / 2, 'weak'],
    [answered - eps, 'weak'],
    [answered, 'answered'],
    [answered + eps, 'answered'],
    [1, 'answered'],
  ])('confidence %d → %s', (c, d) => {
    expect(decide(c)).toBe(d);
  });

  it('no confidence → none', () => {
    expect(decide(undefined)).toBe('none');
  });

  it('takes the thresholds of a given model', () => {
    const strict: DecisionModel = { ...DEFAULT_DECISION, answered: 0.9, weak: 0.6 };
    expect(decide(0.85, strict)).toBe('weak');
    expect(decide(0.5, strict)).toBe('none');
    expect(decide(0.95, strict)).toBe('answered');
  });
});

describe('confidence', () => {
  it('has one weight per feature plus the intercept', () => {
    expect(model.weights).toHaveLength(FEATURE_ORDER.length + 1);
    expect(featureVector(base)).toHaveLength(FEATURE_ORDER.length);
  });

  it('stays within [0, 1] at the extremes', () => {
    const lo = confidence(features({ score: 0, coverage: 0, cosine: 0, margin: 0, known: 0, matched: 0, words: 5, phrasing: 0 }));
    const hi = confidence(features({ score: 1, coverage: 1, cosine: 1, margin: 1, known: 1, matched: 1, words: 1, phrasing: 1 }));
    for (const c of [lo, hi]) {
      expect(c).toBeGreaterThanOrEqual(0);
      expect(c).toBeLessThanOrEqual(1);
    }
    expect(decide(lo)).toBe('none');
    expect(decide(hi)).toBe('answered');
  });

  it('nothing known, nothing matched → none', () => {
    expect(decide(conf({ score: 0.05, coverage: 0, cosine: 0.1, margin: 0.01, known: 0, matched: 0 }))).toBe('none');
  });

  it('every query word found in one clearly leading entry → answered', () => {
    expect(decide(conf({ score: 0.7, coverage: 0.8, cosine: 0.6, margin: 0.3, known: 1, matched: 1 }))).toBe('answered');
  });

  it('grows with the share of query words found in the entry', () => {
    const c = [0, 0.25, 0.5, 0.75, 1].map((matched) => conf({ matched }));
    for (let i = 1; i < c.length; i++) expect(c[i]).toBeGreaterThan(c[i - 1]!);
  });

  it('grows with the share of query words the FAQ knows', () => {
    const c = [0, 0.25, 0.5, 0.75, 1].map((known) => conf({ known }));
    for (let i = 1; i < c.length; i++) expect(c[i]).toBeGreaterThan(c[i - 1]!);
  });

  it('grows with the lead over the next hit, up to a cap', () => {
    const c = [0, 0.1, 0.2, 0.3].map((margin) => conf({ margin }));
    for (let i = 1; i < c.length; i++) expect(c[i]).toBeGreaterThan(c[i - 1]!);
    expect(conf({ margin: 0.9 })).toBeCloseTo(conf({ margin: 0.3 }), 12);
  });

  it('grows when coverage and matched words grow together', () => {
    const c = [0, 0.25, 0.5, 0.75, 1].map((x) => conf({ coverage: x, score: 0.7 * x + 0.3 * base.cosine, matched: x, known: Math.max(x, base.known) }));
    for (let i = 1; i < c.length; i++) expect(c[i]).toBeGreaterThan(c[i - 1]!);
  });

  it('follows a given model', () => {
    const flat: DecisionModel = { weights: [0], answered: 0.5, weak: 0.25 };
    expect(confidence(base, flat)).toBeCloseTo(0.5, 12);
  });
});
