/**
 * Answers' addresses in `<ayuda-help>` (issue 16 item 5): `#faq/<entry-id>` by
 * default, or a path under a base (`data-routing="path" data-base="/ayuda/"`:
 * `/ayuda/<entry-id>`, which the site serves with the same page; set in
 * ./inline-element.ts). Pure: the caller passes `location`.
 */
type Where = Pick<Location, 'hash' | 'pathname' | 'search'>;

/** The entry id `at` names under `prefix`; undefined when it names none (or cannot be decoded). */
export function addressedEntry(prefix: string, at: Where): string | undefined {
  const url = prefix[0] == '#' ? at.hash : at.pathname;
  try {
    if (url.startsWith(prefix)) return decodeURIComponent(url.slice(prefix.length));
  } catch {}
}

/** The list's address: the page without its hash, or the base path. */
export const listAddress = (prefix: string, at: Where): string => (prefix[0] == '#' ? at.pathname + at.search : prefix);
