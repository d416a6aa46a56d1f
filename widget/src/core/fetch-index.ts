import type { FaqIndex } from '../search/index-format.ts';

/** GET the FAQ index without cookies (`credentials: 'omit'`); rejects on a non-2xx answer or bad JSON. */
export async function fetchIndex(url: string, fetchFn: typeof fetch = fetch): Promise<FaqIndex> {
  const response = await fetchFn(url, { credentials: 'omit' });
  if (!response.ok) throw new Error(`GET ${url}: HTTP ${response.status}`);
  return (await response.json()) as FaqIndex;
}
