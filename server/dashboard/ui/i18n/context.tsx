/**
 * The language in Preact: `useLanguage(lang)` loads its strings (a chunk of
 * their own) and sets `<html lang>` and the title; `I18nProvider` passes the
 * result down, `useI18n()` reads it; `rich()` fills a template with elements
 * (a link, a <strong>) where plain text would not do.
 */
import { createContext, type ComponentChildren, type VNode } from 'preact';
import { useContext, useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { createI18n, type I18n } from './i18n.ts';
import { formatLocale, loadStrings, type Language } from './languages.ts';

const I18nContext = createContext<I18n | undefined>(undefined);
export const I18nProvider = I18nContext.Provider;

export function useI18n(): I18n {
  const t = useContext(I18nContext);
  if (!t) throw new Error('useI18n() outside <I18nProvider>');
  return t;
}

/** The strings of `lang`, once loaded (the previous language's until then). */
export function useLanguage(lang: Language): I18n | undefined {
  const [t, setT] = useState<I18n>();
  useEffect(() => {
    let current = true;
    void loadStrings(lang).then((s) => current && setT(createI18n(s, lang, formatLocale(lang, navigator.languages))));
    return () => {
      current = false;
    };
  }, [lang]);
  // Before the browser paints the new words: screen readers and spelling follow `lang`.
  useLayoutEffect(() => {
    if (!t) return;
    document.documentElement.lang = t.s.lang;
    document.title = t.s.title;
  }, [t]);
  return t;
}

/** `template`'s `{name}`s replaced by `parts[name]` (text or elements), for JSX. */
export function rich(template: string, parts: Record<string, ComponentChildren>): (string | VNode | ComponentChildren)[] {
  return template.split(/\{(\w+)\}/).map((piece, i) => (i % 2 === 0 ? piece : Object.hasOwn(parts, piece) ? parts[piece] : `{${piece}}`));
}
