/** The core's only words: the launcher label and the loading error, per language ("es-mx" → "es"; default English). */
const STRINGS: Record<string, string> = {
  en: 'Help|Help could not be loaded. Please try again later.',
  es: 'Ayuda|No se pudo cargar la ayuda. Inténtalo más tarde.',
  pt: 'Ajuda|Não foi possível carregar a ajuda. Tente mais tarde.',
  fr: "Aide|L'aide n'a pas pu être chargée. Réessayez plus tard.",
  de: 'Hilfe|Die Hilfe konnte nicht geladen werden. Bitte später erneut versuchen.',
  it: "Aiuto|Impossibile caricare l'aiuto. Riprova più tardi.",
};

export function uiStrings(lang: string): { help: string; error: string } {
  const [help, error] = (STRINGS[lang.slice(0, 2)] ?? STRINGS.en!).split('|') as [string, string];
  return { help, error };
}
