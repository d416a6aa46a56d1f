/**
 * Which notices apply where and when. Pure (no DOM): the widget's notices
 * chunk and the collector's tests use it.
 */
import type { PublicNotice } from './types.ts';

/** Whether a page path matches a pattern: "*" matches any run of characters; a pattern without "*" matches itself and what lies below it ("/envios" → "/envios/canarias"). */
export function pathMatches(pattern: string, path: string): boolean {
  const p = pattern.trim();
  if (!p) return false;
  const body = p.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  const below = p.includes('*') || p.endsWith('/') ? '' : '(/.*)?';
  return new RegExp(`^${body}${below}$`).test(path.split(/[?#]/)[0]!);
}

/** Whether a page's `data-context` has `key=value` (compared as text; a bare "value" matches any key holding it). */
export function contextMatches(rule: string, context: Record<string, unknown> | undefined): boolean {
  if (!context) return false;
  const at = rule.indexOf('=');
  const key = at < 0 ? undefined : rule.slice(0, at).trim();
  const value = (at < 0 ? rule : rule.slice(at + 1)).trim().toLowerCase();
  return Object.entries(context).some(([k, v]) => (key === undefined || k === key) && String(v).toLowerCase() === value);
}

/** Whether a notice applies to this page: no rule → every page; else any path pattern or any context value. */
export function appliesTo(notice: Pick<PublicNotice, 'paths' | 'contexts'>, path: string, context?: Record<string, unknown>): boolean {
  if (!notice.paths.length && !notice.contexts.length) return true;
  return notice.paths.some((p) => pathMatches(p, path)) || notice.contexts.some((c) => contextMatches(c, context));
}

/** Live at `now`: started, not ended. */
export function isLive(notice: Pick<PublicNotice, 'starts_at' | 'ends_at'>, now: number): boolean {
  return notice.starts_at <= now && now < notice.ends_at;
}

/** A notice's words in the page's language: the same tag, the same language, else the first it has. */
export function contentFor(notice: PublicNotice, lang: string): { locale: string; title: string; html: string } {
  const locales = Object.keys(notice.content);
  const locale = locales.find((l) => l === lang) ?? locales.find((l) => l.slice(0, 2) === lang.slice(0, 2)) ?? locales[0]!;
  return { locale, ...notice.content[locale]! };
}

const RANK = { incident: 0, warning: 1, info: 2 } as const;

/** Most severe first, then the most recent. */
export function bySeverity(a: PublicNotice, b: PublicNotice): number {
  return RANK[a.severity] - RANK[b.severity] || b.starts_at - a.starts_at;
}
