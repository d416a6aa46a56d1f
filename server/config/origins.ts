/**
 * Origin patterns from the config: an exact origin ("https://shop.example"),
 * or any port on one host ("http://localhost:*").
 */

/** What the config accepts as one origin pattern. */
export const ORIGIN_PATTERN = '^https?://(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9.-]+)(:([0-9]{1,5}|\\*))?$';
const PATTERN_RE = new RegExp(ORIGIN_PATTERN);
const ORIGIN_RE = /^(https?):\/\/(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::([0-9]{1,5}))?$/;

export type OriginMatcher = (origin: string | undefined) => boolean;

/** True when `pattern` is an origin pattern the config may contain. */
export function isOriginPattern(pattern: string): boolean {
  return PATTERN_RE.test(pattern);
}

/**
 * A predicate telling whether a request's `Origin` header matches one of the
 * patterns. Comparison is case-insensitive on scheme and host; default ports
 * are treated like explicit ones ("https://a.example" = "https://a.example:443").
 *
 * @example
 * const ok = createOriginMatcher(['http://localhost:*']);
 * ok('http://localhost:5173'); // true
 * ok('https://evil.example');  // false
 */
export function createOriginMatcher(patterns: readonly string[]): OriginMatcher {
  const exact = new Set<string>();
  const anyPort = new Set<string>();
  for (const p of patterns) {
    const lower = p.toLowerCase();
    if (lower.endsWith(':*')) anyPort.add(lower.slice(0, -2));
    else {
      const parsed = parseOrigin(lower);
      if (parsed) exact.add(`${parsed.scheme}://${parsed.host}:${parsed.port}`);
    }
  }
  return (origin) => {
    if (!origin || origin.length > 300) return false;
    const parsed = parseOrigin(origin.toLowerCase());
    if (!parsed) return false;
    return exact.has(`${parsed.scheme}://${parsed.host}:${parsed.port}`) || anyPort.has(`${parsed.scheme}://${parsed.host}`);
  };
}

function parseOrigin(origin: string): { scheme: string; host: string; port: string } | undefined {
  const m = ORIGIN_RE.exec(origin);
  if (!m) return undefined;
  const scheme = m[1]!;
  return { scheme, host: m[2]!, port: m[3] ?? (scheme === 'https' ? '443' : '80') };
}
