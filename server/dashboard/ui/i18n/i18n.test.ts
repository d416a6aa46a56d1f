import { describe, expect, it } from 'vitest';
import { ApiError } from '../api.ts';
import { rich } from './context.tsx';
import { en } from './en.ts';
import { errorText, refusal } from './errors.ts';
import { es } from './es.ts';
import { createI18n } from './i18n.ts';

const spanish = createI18n(es, 'es');
const english = createI18n(en, 'en', 'en-US');
/** Monday 7 December 2026, 14:05:09 UTC. */
const AT = Date.UTC(2026, 11, 7, 14, 5, 9);

describe('numbers and dates in the user’s locale', () => {
  it('writes Spanish numbers with a decimal comma and dates day first', () => {
    expect(spanish.number(12345.5, 1)).toBe('12.345,5');
    expect(spanish.number(1234)).toBe('1234'); // Spanish groups from five digits on (CLDR, RAE)
    expect(spanish.number(null)).toBe('—');
    expect(spanish.percent(0.125)).toMatch(/^12,5\s%$/);
    expect(spanish.percent(0.5, 0)).toMatch(/^50\s%$/);
    expect(spanish.day(AT)).toBe('07/12/2026');
    expect(spanish.day('2026-12-07')).toBe('07/12/2026');
    expect(spanish.dateTime(AT)).toBe('07/12/2026, 14:05 UTC');
    expect(spanish.dateTime(AT, true)).toBe('07/12/2026, 14:05:09 UTC');
    expect(spanish.time(AT)).toBe('14:05:09');
    expect(spanish.tick(AT)).toBe('7 dic');
  });

  it('keeps English dates as ISO days, numbers with a decimal point', () => {
    expect(english.number(12345.5, 1)).toBe('12,345.5');
    expect(english.number(1234)).toBe('1,234');
    expect(english.percent(0.125)).toBe('12.5%');
    expect(english.signed(3)).toBe('+3');
    expect(english.signed(-2)).toBe('-2');
    expect(english.signed(0)).toBe('0');
    expect(english.day(AT)).toBe('2026-12-07');
    expect(english.dateTime(AT)).toBe('2026-12-07 14:05 UTC');
    expect(english.dateTime(AT, true)).toBe('2026-12-07 14:05:09 UTC');
    expect(english.time(AT)).toBe('14:05:09');
    expect(english.tick(AT)).toBe('Dec 7');
  });

  it('formats in the browser’s variant of the language when it has one', () => {
    const mexico = createI18n(es, 'es', 'es-MX');
    expect(mexico.number(12345.5, 1)).toBe('12,345.5');
    expect(mexico.day(AT)).toBe('07/12/2026');
    expect(createI18n(en, 'en', 'en-GB').tick(AT)).toBe('7 Dec');
  });

  it('ends days at midnight UTC, whatever the time zone', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'America/Mexico_City';
    try {
      const lastMinute = Date.UTC(2026, 11, 7, 23, 59);
      expect(new Date(lastMinute + 60_000).getDate()).toBe(7); // still the 7th in Mexico
      const mexico = createI18n(es, 'es', 'es-MX');
      expect([mexico.day(lastMinute), mexico.day(lastMinute + 60_000), mexico.dateTime(lastMinute)]).toEqual(['07/12/2026', '08/12/2026', '07/12/2026, 23:59 UTC']);
      expect(english.day(lastMinute + 60_000)).toBe('2026-12-08');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});

describe('plural forms and placeholders', () => {
  it('picks the form with Intl.PluralRules and formats the count', () => {
    expect([0, 1, 2, 12345].map((n) => spanish.plural(es.groups.groupCount, n))).toEqual(['0 grupos', '1 grupo', '2 grupos', '12.345 grupos']);
    expect([0, 1, 2, 12345].map((n) => english.plural(en.groups.groupCount, n))).toEqual(['0 groups', '1 group', '2 groups', '12,345 groups']);
    expect(spanish.plural(es.group.wordingCount, 1)).toBe('1 redacción');
    // "many" (a million in Spanish) falls back to "other".
    expect(spanish.plural(es.groups.questionCount, 1_000_000)).toBe('1.000.000 preguntas sin respuesta');
    expect(english.plural(en.measures.resolutionHint, 1, { resolved: 0, hours: 24 })).toMatch(/^0 of 1 customer who asked something .* within 24 h: 0 hand-offs avoided\.$/);
    expect(spanish.pluralForm(es.groups.groupCount, 3)).toBe('{n} grupos');
  });

  it('fills named placeholders and leaves unknown ones', () => {
    expect(spanish.fill(es.groups.pageRange, { first: 51, last: 100, total: 1234 })).toBe('51–100 de 1234');
    expect(english.fill('{a} and {b}', { a: 'x' })).toBe('x and {b}');
  });

  it('puts elements into a template for JSX', () => {
    const link = { type: 'a' };
    expect(rich(es.groups.firstRun.admin, { link })).toEqual(['Pon la ayuda en tus páginas con ', link, ' y luego hazle una pregunta que tus FAQ no cubran.']);
  });

  it('labels reasons and statuses, and leaves a key it does not know as it is', () => {
    expect(spanish.reasons({ gave_up: 2, no_match: 5, new_reason: 1 })).toBe('Sin coincidencia 5 · Abandonó 2 · new_reason 1');
    expect(english.reason('asked_human')).toBe('Asked a human');
    expect(spanish.status('verified')).toBe('Verificado');
    expect(spanish.status('toString')).toBe('toString');
    expect(spanish.languageName('en')).toBe('inglés');
    expect(english.languageName('es')).toBe('Spanish');
  });
});

describe('errors in the user’s words', () => {
  const refused = (status: number, error: string, path = '$', message = 'the server’s words') => new ApiError(status, error, path, message);

  it('says a known refusal in the user’s language', () => {
    expect(errorText(refused(401, 'invalid_credentials'), spanish)).toBe('Correo o contraseña incorrectos.');
    expect(errorText(refused(403, 'csrf'), spanish)).toMatch(/^Esta página está desactualizada/);
    expect(errorText(refused(409, 'not_verified', 'body.status'), english)).toMatch(/^Not verified by the data/);
  });

  it('names the refused field and what it must hold', () => {
    expect(errorText(refused(400, 'invalid_site', 'origins[1]'), english)).toBe('Allowed origins: must be an array of origins like “https://shop.example” or “http://localhost:*”');
    expect(refusal(refused(400, 'invalid_site', 'handoff.webhook.secret'), spanish)).toEqual({ field: 'webhook_secret', text: 'es obligatorio: al menos 16 caracteres' });
    expect(refusal(refused(400, 'invalid_site', 'handoff.email'), spanish).field).toBe('email_to');
    expect(refusal(refused(400, 'invalid_site', 'handoff.email.channels[0]'), spanish).field).toBe('email_channels');
    expect(errorText(refused(400, 'invalid_request', 'body.fixed_on'), spanish)).toBe('Corregido el: debe ser una fecha');
    expect(errorText(refused(409, 'invalid_user', 'user'), spanish)).toBe('Usuarios: el último administrador no se puede eliminar ni convertir en lector');
  });

  it('falls back to the server’s words, a server failure or an unreachable server', () => {
    expect(errorText(refused(413, 'payload_too_large', '$', 'body must be at most 1 bytes'), spanish)).toBe('No se aceptó: body must be at most 1 bytes.');
    expect(errorText(refused(500, 'internal'), spanish)).toBe(es.errors.server);
    expect(errorText(new TypeError('Failed to fetch'), english)).toBe(en.errors.network);
  });
});
