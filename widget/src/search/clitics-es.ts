/**
 * Spanish enclitic pronouns: customers write "mándamelo", "devuélvemelo",
 * "regresármelo", "cámbiamelo", "envíanos"; the FAQ says "enviar", "devolver",
 * "cambiar". `dropClitics` takes the pronouns off such verb forms so that
 * the stemmer sees "manda", "devuelve", "regresar", "cambia", "envía".
 *
 * Snowball's own step 0 already takes ONE pronoun off an infinitive or
 * gerund ("enviarlo"); this adds the rest, without touching nouns that merely
 * end like a pronoun (pelo, modelo, escuela, vuelo, sala, calle, móviles):
 *  - two pronouns ("me lo", "se la", "nos los") after an infinitive or
 *    gerund: "devolvérmelo", "regresarmelo", "enviándoselo";
 *  - pronouns after an imperative ("manda", "devuelve", "envíen", "mandemos")
 *    only when the written accent says they are there: a verb form plus
 *    enclitics is stressed three or more syllables from the end and so
 *    carries a written accent ("mándalo", "llámanos"), which nouns ending in
 *    -lo/-la (pelo, escuela) do not;
 *  - two pronouns after an imperative without the accent, as customers type
 *    ("mandamelo", "cambiamelo", "devuelvemelo"), which no common noun ends in.
 * Checked against every non-verb word form of the hunspell-es dictionary:
 * the few accented nouns that would be cut are listed in NOT_CLITICS.
 *
 * Works on lower-case words with their accents (the stemmer folds after).
 */
import { fold } from './normalize.ts';

/** The pronoun that can end a chain, longest first. */
const LAST = ['los', 'las', 'les', 'nos', 'lo', 'la', 'le', 'me', 'te', 'se'];
/** The pronoun before it in a chain of two: "me lo", "se las", "nos lo", "se me" (never "me te"). */
const THIRD = new Set(['los', 'las', 'les', 'lo', 'la', 'le']);
const firstOf = (last: string): string[] => (THIRD.has(last) ? ['nos', 'me', 'te', 'se', 'os'] : last === 'se' ? [] : ['se']);

/** Infinitive or gerund: "enviar", "devolver", "pidiendo", "trayendo". */
const NONFINITE = /(ar|er|ir|ando|iendo|yendo)$/;
/** Imperative (tú, usted, ustedes, nosotros): "manda", "devuelve", "manden", "mandemos". */
const IMPERATIVE = /([ae]|[ae]n|[ae]mos?)$/;

/**
 * Everyday accented nouns and adjectives of hunspell-es that end like an
 * imperative plus pronouns but are not one (the rarer ones, acéfalo or
 * búbalo, are left to chance: cut, they still stem to a word of their own).
 */
const NOT_CLITICS = new Set(
  ('alérgenos antígenos arándanos búfalo búfalos caníbales caramelo caramelos cárceles cárteles chándales cócteles diéseles ' +
    'escándalo escándalos estrógenos fenómenos huérfanos intérprete intérpretes océanos órganos oréganos oxígenos pésame ' +
    'pétalo pétalos píxeles plátanos quirófanos sándalo sémola sótanos tímpanos túneles vándalo vándalos zócalo zócalos ángeles')
    .split(' '),
);

const ACCENTED = /[áéíóú]/;
const VOWEL_RUNS = /[aeiouáéíóúü]+/g;

/** Syllables (vowel runs, a close approximation) after the last written accent. */
function syllablesAfterAccent(word: string): number {
  let at = -1;
  for (let i = word.length - 1; i >= 0; i--) if (ACCENTED.test(word[i]!)) { at = i; break; }
  if (at < 0) return 0;
  return word.slice(at + 1).match(VOWEL_RUNS)?.length ?? 0;
}

/** `word` without its enclitic pronouns when it is a verb form that has some; else `word`. */
export function dropClitics(word: string): string {
  if (word.length < 5 || NOT_CLITICS.has(word) || word.endsWith('mente')) return word;
  const last = LAST.find((p) => word.endsWith(p));
  if (!last) return word;
  const before = word.slice(0, -last.length);
  const stressed = syllablesAfterAccent(word) >= 2;
  const first = firstOf(last).find((p) => before.endsWith(p));
  if (first) {
    const base = before.slice(0, -first.length);
    const plain = fold(base);
    // "dámelo", "dímelo": no shorter verb form is read as "dáme" + "lo".
    if (plain.length < 4) return word;
    const accented = stressed && ACCENTED.test(base);
    // After an infinitive or gerund ("devolvérmelo", "regresarmelo"), but not
    // "te": "compártelo" and "conviértelo" are "comparte" and "convierte" + "lo".
    if (NONFINITE.test(plain) && first !== 'te') return base;
    // After an imperative, without the accent only as customers type "me lo", "nos lo" ("mandamelo").
    if (IMPERATIVE.test(plain) && (accented || first === 'me' || first === 'nos')) return base;
  }
  // One pronoun after an imperative, marked by the accent ("mándalo", "llámanos").
  // (One after an infinitive or gerund is Snowball's step 0.)
  return stressed && ACCENTED.test(before) && IMPERATIVE.test(fold(before)) && before.length >= 4 ? before : word;
}
