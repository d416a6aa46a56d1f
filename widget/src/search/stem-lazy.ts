/**
 * ./stem.ts as the widget's panel is built (widget/build/build-widget.ts puts
 * this file in its place): each language's stemmer is a chunk of its own,
 * loaded by `loadStemmers` before that language's part of the index is
 * searched, so a page downloads only the stemmers of the languages searched.
 */
import { identity, memoize, type Stemmer } from './stem-memo.ts';

export type { Stemmer };

const LOADERS: Record<string, () => Promise<Stemmer>> = {
  es: () => import('./stem-es.ts').then((m) => m.stemEs),
  en: () => import('./stem-en.ts').then((m) => m.stem),
};

const STEMMERS: Record<string, Stemmer> = {};

export function stemmerFor(locale: string): Stemmer {
  return STEMMERS[locale.slice(0, 2)] ?? identity;
}

export async function loadStemmers(locales: string[]): Promise<void> {
  await Promise.all(locales.map(async (locale) => {
    const lang = locale.slice(0, 2);
    if (!STEMMERS[lang] && LOADERS[lang]) STEMMERS[lang] = memoize(await LOADERS[lang]());
  }));
}
