/**
 * How well a grouping matches known labels, for bench/grouping-eval.ts:
 * - pairwise: of the pairs put in one group, the share with the same label
 *   (precision); of the pairs with the same label, the share put in one
 *   group (recall);
 * - B-cubed: per item, the share of its group that has its label
 *   (precision) and the share of its label that is in its group (recall),
 *   averaged over items; F1 of the two.
 */

export interface ClusterQuality {
  items: number;
  groups: number;
  labels: number;
  pairwise: { precision: number; recall: number; f1: number };
  bcubed: { precision: number; recall: number; f1: number };
  /** Share of items alone in their group. */
  singletons: number;
}

const pairs = (n: number): number => (n * (n - 1)) / 2;
const f1 = (p: number, r: number): number => (p + r ? (2 * p * r) / (p + r) : 0);

/**
 * @example
 * clusterQuality([1, 1, 2], ['a', 'a', 'b']).bcubed.f1 // 1
 */
export function clusterQuality(groups: readonly (number | string)[], labels: readonly string[]): ClusterQuality {
  if (groups.length !== labels.length) throw new Error('groups and labels differ in length');
  const groupSize = new Map<number | string, number>();
  const labelSize = new Map<string, number>();
  const cell = new Map<string, number>();
  groups.forEach((g, i) => {
    const l = labels[i]!;
    groupSize.set(g, (groupSize.get(g) ?? 0) + 1);
    labelSize.set(l, (labelSize.get(l) ?? 0) + 1);
    const key = `${String(g)}\u0000${l}`;
    cell.set(key, (cell.get(key) ?? 0) + 1);
  });
  let together = 0;
  let sameLabel = 0;
  let both = 0;
  for (const n of groupSize.values()) together += pairs(n);
  for (const n of labelSize.values()) sameLabel += pairs(n);
  for (const n of cell.values()) both += pairs(n);

  let bp = 0;
  let br = 0;
  groups.forEach((g, i) => {
    const l = labels[i]!;
    const n = cell.get(`${String(g)}\u0000${l}`)!;
    bp += n / groupSize.get(g)!;
    br += n / labelSize.get(l)!;
  });
  const items = groups.length || 1;
  const precision = together ? both / together : 1;
  const recall = sameLabel ? both / sameLabel : 1;
  let singletons = 0;
  for (const n of groupSize.values()) if (n === 1) singletons++;
  return {
    items: groups.length,
    groups: groupSize.size,
    labels: labelSize.size,
    pairwise: { precision, recall, f1: f1(precision, recall) },
    bcubed: { precision: bp / items, recall: br / items, f1: f1(bp / items, br / items) },
    singletons: singletons / items,
  };
}
