import { redact } from './redact.ts';

/**
 * The page's path for an event: the query string keeps only the allowlisted
 * parameters (`data-keep-params`: names separated by commas or spaces, or an
 * array), the fragment is dropped, personal data is redacted, and the result
 * fits the schema's 1,024 characters.
 *
 * @example
 * pagePath({ pathname: '/checkout', search: '?step=2&email=a@b.es' }, 'step') // '/checkout?step=2'
 */
export function pagePath(location: { pathname: string; search: string }, keep: string | readonly string[] = []): string {
  const params = new URLSearchParams(location.search);
  const kept = new URLSearchParams();
  for (const name of typeof keep === 'string' ? keep.split(/[\s,]+/) : keep) for (const value of params.getAll(name)) kept.append(name, value);
  const query = kept.toString();
  return redact(location.pathname + (query ? `?${query}` : '')).slice(0, 1024);
}
