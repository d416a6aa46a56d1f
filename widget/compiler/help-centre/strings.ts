/** The help centre pages' own words (the entries are the FAQ's), per language. */

/** The words of the pages; other languages get English's. */
export interface PageStrings {
  helpCentre: string;
  skip: string;
  all: string;
  other: string;
  related: string;
  languages: string;
  search: string;
}

const STRINGS: Record<string, PageStrings> = {
  es: {
    helpCentre: 'Centro de ayuda',
    skip: 'Saltar al contenido',
    all: 'Todas las preguntas',
    other: 'Otras preguntas',
    related: 'Artículos relacionados',
    languages: 'Idiomas',
    search: 'Busca tu pregunta',
  },
  en: {
    helpCentre: 'Help centre',
    skip: 'Skip to content',
    all: 'All questions',
    other: 'Other questions',
    related: 'Related articles',
    languages: 'Languages',
    search: 'Search for your question',
  },
};

export const stringsOf = (locale: string): PageStrings => STRINGS[locale] ?? STRINGS[locale.split('-')[0]!] ?? STRINGS.en!;
