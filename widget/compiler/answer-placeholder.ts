/**
 * What the dashboard's FAQ snippet (server/dashboard/export/snippet.ts) puts
 * where the answer goes. `ayuda build` refuses an answer that still holds it,
 * so a forgotten edit never ships "TODO" to customers.
 */
export const ANSWER_PLACEHOLDER = 'TODO: write the answer here (customers asked this in their own words above).';

/** The part the compiler looks for: the snippet's words, whatever follows them. */
const MARK = 'TODO: write the answer here';

export function holdsPlaceholder(answer: string): boolean {
  return answer.includes(MARK);
}
