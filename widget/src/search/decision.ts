/**
 * Whether the best hit answers the query: a logistic model over a few
 * features of the top hit gives a confidence in [0, 1]; two thresholds turn it
 * into `answered`, `weak` or `none`. Weights and thresholds were fitted on
 * training data only (BANKING77 train.csv with intents held out, the telco
 * development set, and off-topic questions written for the purpose) by
 * `npm run calibrate`, which writes ./decision-model.json.
 */
import type { HitFeatures } from './locale-model.ts';
import model from './decision-model.json';

export type Decision = 'answered' | 'weak' | 'none';

export interface DecisionModel {
  /** Intercept, then one weight per feature in FEATURE_ORDER. */
  weights: number[];
  /** Confidence at or above which the query counts as answered. */
  answered: number;
  /** Confidence at or above which the best hit is a weak match. */
  weak: number;
}

export const FEATURE_ORDER = ['coverage', 'cosine', 'margin', 'known', 'matched', 'shortQuery'] as const;

export const DEFAULT_DECISION: DecisionModel = model;

export function featureVector(f: HitFeatures): number[] {
  return [f.coverage, f.cosine, Math.min(f.margin, 0.3), f.known, f.matched, f.words <= 2 ? 1 : 0];
}

export function confidence(f: HitFeatures, m: DecisionModel = DEFAULT_DECISION): number {
  const x = featureVector(f);
  let z = m.weights[0] ?? 0;
  for (let i = 0; i < x.length; i++) z += (m.weights[i + 1] ?? 0) * x[i]!;
  return 1 / (1 + Math.exp(-z));
}

export function decide(conf: number | undefined, m: DecisionModel = DEFAULT_DECISION): Decision {
  if (conf === undefined || conf < m.weak) return 'none';
  return conf >= m.answered ? 'answered' : 'weak';
}
