/**
 * The name a customer reads for an identify() trait or a `data-context`
 * key, in their language: the site's own name for it first (a `labels`
 * object passed with identify() or in `data-context`, each a string or one
 * per language: `{ "customerId": { "es": "N.º de cliente", "en": "Customer
 * no." } }`; never sent as a fact itself), then the hand-off's names of
 * common keys (`t.facts`), else the key humanized: "customerId" → "Customer
 * ID", "delivery_zone" → "Delivery zone", "sku" → "SKU".
 */
import type { HandoffStrings } from '../i18n/index.ts';

export type FactLabels = Record<string, unknown>;

const ACRONYM = /^(id|sku|url|vat|nif|dni|iban|ip|eu|us|uk)$/i;

export function humanize(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_.:-]+/)
    .filter(Boolean)
    .map((w) => (ACRONYM.test(w) ? w.toUpperCase() : w.toLowerCase()));
  const text = words.join(' ') || key;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The `labels` objects of data-context and identify() (identify's win), own properties only. */
export function siteLabels(...sources: unknown[]): FactLabels {
  const out: FactLabels = {};
  for (const source of sources) {
    const labels = source && typeof source == 'object' ? (source as { labels?: unknown }).labels : undefined;
    if (labels && typeof labels == 'object') for (const key of Object.keys(labels)) out[key] = (labels as FactLabels)[key];
  }
  return out;
}

export function factLabel(key: string, labels: FactLabels, t: HandoffStrings): string {
  const own = Object.hasOwn(labels, key) ? labels[key] : undefined;
  const named = typeof own == 'string' ? own : own && typeof own == 'object' ? ((own as Record<string, unknown>)[t.lang] ?? (own as Record<string, unknown>).en) : undefined;
  if (typeof named == 'string' && named.trim()) return named.trim().slice(0, 64);
  return Object.hasOwn(t.facts, key) ? t.facts[key]! : humanize(key);
}
