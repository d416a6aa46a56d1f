/**
 * Indices of the `k` largest positive scores, best first (ties: lower index
 * first), in one pass: a search needs the first few hits, not all entries sorted.
 */
export function topK(scores: ArrayLike<number>, k: number): number[] {
  const top: number[] = [];
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i]!;
    if (s <= 0 || (top.length === k && s <= scores[top[k - 1]!]!)) continue;
    let at = top.length === k ? k - 1 : top.length;
    while (at > 0 && scores[top[at - 1]!]! < s) {
      if (at < k) top[at] = top[at - 1]!;
      at--;
    }
    if (at < k) top[at] = i;
  }
  return top;
}
