/** Hand-off strings for a BCP 47 tag: its language, else English. */
import { en } from './en.ts';
import { es } from './es.ts';
import type { HandoffStrings } from './types.ts';

export type { HandoffStrings };

const LANGUAGES: Record<string, HandoffStrings> = { en, es };

export function handoffStrings(lang: string): HandoffStrings {
  return LANGUAGES[lang.toLowerCase().split('-')[0]!] ?? en;
}

/** `template` with each `{key}` replaced. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (all, key: string) => (key in values ? String(values[key]) : all));
}
