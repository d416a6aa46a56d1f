/**
 * Every UI language. Adding a language: one file like ./es.ts and one line
 * here. Build time only: `ayuda build` copies these into the FAQ index.
 */
import type { UiStrings } from './types.ts';
import { en } from './en.ts';
import { es } from './es.ts';

export const LANGUAGES: Record<string, UiStrings> = {
  en,
  es,
};
