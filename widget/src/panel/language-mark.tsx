import { stringsFor, type UiStrings } from '../i18n/index.ts';

export interface LanguageMarkProps {
  /** The UI strings of every language (the index's). */
  ui: Record<string, UiStrings>;
  /** The page's language. */
  lang: string;
  /** The entry's locale. */
  locale: string;
}

/** "En español" beside an entry written in another language than the page, in that language. */
export function LanguageMark({ ui, lang, locale }: LanguageMarkProps) {
  if (locale.slice(0, 2) === lang.slice(0, 2).toLowerCase()) return null;
  return <span class="ay-lang" lang={locale}>{stringsFor(ui, locale).inLanguage}</span>;
}
