/**
 * Logistic regression by gradient descent, for the decision model
 * (bench/calibrate.ts). Each sample has a weight; the caller balances them.
 */
export interface Sample {
  x: number[];
  y: 0 | 1;
  w: number;
}

/** Intercept first, then one weight per feature; L2 on the weights (not the intercept). */
export function fitLogistic(samples: Sample[], iterations = 3000, rate = 2, l2 = 1e-4): number[] {
  const d = (samples[0]?.x.length ?? 0) + 1;
  const w = new Array<number>(d).fill(0);
  const total = samples.reduce((s, x) => s + x.w, 0) || 1;
  for (let iter = 0; iter < iterations; iter++) {
    const g = new Array<number>(d).fill(0);
    for (const s of samples) {
      const err = ((sigmoid(dot(w, s.x)) - s.y) * s.w) / total;
      g[0]! += err;
      for (let j = 0; j < s.x.length; j++) g[j + 1]! += err * s.x[j]!;
    }
    for (let j = 0; j < d; j++) w[j]! -= rate * (g[j]! + (j ? l2 * w[j]! : 0));
  }
  return w.map((v) => Math.round(v * 1000) / 1000);
}

export function dot(w: number[], x: number[]): number {
  let z = w[0] ?? 0;
  for (let j = 0; j < x.length; j++) z += (w[j + 1] ?? 0) * x[j]!;
  return z;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
