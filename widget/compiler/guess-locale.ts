/**
 * Last resort for an entry's locale: count common Spanish and English
 * function words. Only "es" and "en" can be guessed; anything else must be
 * declared (entry, file default or --locale).
 */

const SPANISH = new Set(
  (
    'el la los las un una unos unas de del al y o que en es son por para con sin se lo le les ' +
    'mi mis tu tus su sus mí te nos como cómo qué cuál cuándo dónde cuánto puedo puede ' +
    'hay está están ya más pero si sí muy también este esta esto ese esa hasta desde cuando ' +
    'donde quiero tengo hacer ser porque sobre entre'
  ).split(' '),
);

const ENGLISH = new Set(
  (
    'the of and or to in is are was be been for with without from by on at it its this that ' +
    'these those you your my our we i how what which when where why can could do does did ' +
    'will would should have had not if there their they them an as about into'
  ).split(' '),
);

/** "es" or "en", whichever has more function words (ties go to "en"). */
export function guessLocale(text: string): 'es' | 'en' {
  let es = 0;
  let en = 0;
  for (const word of text.toLowerCase().normalize('NFC').split(/[^\p{L}]+/u)) {
    if (SPANISH.has(word)) es++;
    if (ENGLISH.has(word)) en++;
  }
  // ¿ ¡ ñ are strong hints that function words may miss in very short texts.
  es += (text.match(/[¿¡ñ]/giu) ?? []).length;
  return es > en ? 'es' : 'en';
}
