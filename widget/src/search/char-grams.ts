/** Character 3- and 4-grams of a term with word-boundary marks: "card" → "<ca", "car", ... */
export function charGrams(term: string): string[] {
  const x = `<${term}>`;
  const out: string[] = [];
  for (let n = 3; n <= 4; n++) for (let i = 0; i + n <= x.length; i++) out.push(x.slice(i, i + n));
  return out;
}
