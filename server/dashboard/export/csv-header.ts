/**
 * A CSV's header row in the language of the lead who downloads it: their
 * choice on the dashboard, else their browser's (Accept-Language), as the
 * pages pick it. English writes the column keys themselves (what scripts and
 * saved spreadsheets read); another language names each column in its words
 * (`csv` of server/dashboard/ui/i18n/<lang>.ts). Cells are never translated.
 */
import { acceptedLanguages, isLanguage, loadStrings, pickLanguage } from '../ui/i18n/languages.ts';

export async function csvHeader(keys: string[], chosen: string | null | undefined, acceptLanguage: string | undefined): Promise<{ lang: string; header: string[] }> {
  const strings = await loadStrings(isLanguage(chosen) ? chosen : pickLanguage(acceptedLanguages(acceptLanguage)));
  return { lang: strings.lang, header: keys.map((key) => (Object.hasOwn(strings.csv, key) ? strings.csv[key]! : key)) };
}
