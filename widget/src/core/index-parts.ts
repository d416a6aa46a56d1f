import type { AyudaOptions } from './contract.ts';

type OneIndex = Exclude<AyudaOptions['index'], Record<string, string>>;

/**
 * The part of `options.index` to load first: the index itself or its one
 * URL, or, given a URL per locale (the parts `ayuda build` writes), the page
 * language's (its tag, then its language, then the first part). The panel
 * loads the others when a query is written in them (panel/load-locale.ts).
 */
export function firstIndex(index: AyudaOptions['index'], lang: string): OneIndex {
  if (typeof index === 'string' || 'format' in index) return index as OneIndex;
  const keys = Object.keys(index);
  return (index as Record<string, string>)[keys.find((k) => k === lang) ?? keys.find((k) => k.slice(0, 2) === lang.slice(0, 2)) ?? keys[0]!]!;
}
