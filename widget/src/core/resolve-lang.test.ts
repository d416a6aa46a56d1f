// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { resolveLang } from './resolve-lang.ts';
import { coreStringsOf } from '../i18n/core-strings.ts';
import { LANGUAGES } from '../i18n/languages.ts';
import { setCoreStrings, uiStrings } from './ui-strings.ts';

describe('resolveLang', () => {
  it('prefers the option, then <html lang>, then English, normalised', () => {
    document.documentElement.lang = 'pt_BR';
    expect(resolveLang(' ES-mx ', document)).toBe('es-mx');
    expect(resolveLang(undefined, document)).toBe('pt-br');
    expect(resolveLang('', document)).toBe('pt-br');
    document.documentElement.lang = '';
    expect(resolveLang(null, document)).toBe('en');
  });
});

describe('uiStrings', () => {
  it('labels the launcher by language family, English by default', () => {
    setCoreStrings(coreStringsOf(LANGUAGES));
    expect(uiStrings('es-mx').help).toBe('Ayuda');
    expect(uiStrings('es').error).toBe('No se pudo cargar la ayuda.');
    expect(uiStrings('en').help).toBe('Help');
    expect(uiStrings('ja').help).toBe('Help');
  });
});

describe('uiStrings without a table (an unbuilt ayuda.js)', () => {
  it('still labels the launcher, in English', () => {
    setCoreStrings(undefined);
    expect(uiStrings('es')).toEqual({ help: 'Help', error: 'Help could not be loaded.', close: 'Close', retry: 'Retry', loading: 'Loading…' });
  });
});
