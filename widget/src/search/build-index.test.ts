import { describe, it, expect } from 'vitest';
import { buildSearchIndex, INDEX_VERSION } from './build-index.ts';
import { createSearchEngine } from './engine.ts';
import { createAnalyzer } from './analyzer.ts';
import { stopwords } from './stopwords.ts';
import { builtInLexicon, type Lexicon } from './lexicon.ts';
import { INDEX_FORMAT, synonymTable, type LocaleIndex } from './index-format.ts';
import type { CompiledFaq } from '../faq/types.ts';
import { entry, noLexicon, smallFaq } from './__fixtures__/small-faq.ts';

const es = createAnalyzer('es', {}, {}, stopwords('es'));
/** The index key of a word or phrase: its stems, space-joined. */
const key = (text: string): string => es.analyze(text).terms.join(' ');
/** One locale of the index, with its synonym groups expanded to a lookup table. */
const locale = (faq: CompiledFaq, code: string, options = {}): Omit<LocaleIndex, 'synonyms'> & { synonyms: Record<string, string> } => {
  const li = buildSearchIndex(faq, options).locales.find((l) => l.locale === code)!;
  return { ...li, synonyms: synonymTable(li.synonyms) };
};

const cars: CompiledFaq = {
  entries: [
    entry('es', 'coche-alquiler', '¿Puedo alquilar un coche?', 'Sí, en todas nuestras oficinas.'),
    entry('es', 'seguro', '¿Qué cubre el seguro?', 'Daños a terceros y asistencia 24 horas.'),
  ],
  synonyms: {},
};
const noCars: CompiledFaq = {
  entries: [entry('es', 'factura', '¿Dónde descargo mi factura?', 'En Mi cuenta, en formato PDF.')],
  synonyms: {},
};
const carLexicon = (): Lexicon => ({ variants: ['coche|carro|auto'], rewrites: {} });

describe('buildSearchIndex', () => {
  it('writes the current format and version', () => {
    const index = buildSearchIndex(smallFaq, { lexicon: noLexicon });
    expect(index.format).toBe(INDEX_FORMAT);
    expect(index.version).toBe(INDEX_VERSION);
    expect(index.locales.map((l) => l.locale)).toEqual(['en', 'es']);
  });

  it('is deterministic: the same FAQ gives the same JSON, byte for byte', () => {
    const a = JSON.stringify(buildSearchIndex(smallFaq));
    const b = JSON.stringify(buildSearchIndex(structuredClone(smallFaq)));
    expect(b).toBe(a);
    const c = JSON.stringify(buildSearchIndex(smallFaq, { lexicon: carLexicon }));
    expect(JSON.stringify(buildSearchIndex(structuredClone(smallFaq), { lexicon: carLexicon }))).toBe(c);
  });

  it('does not change the compiled FAQ it is given', () => {
    const before = structuredClone(smallFaq);
    buildSearchIndex(smallFaq);
    expect(smallFaq).toEqual(before);
  });

  it('ships entries without answerText and alternates, everything else as compiled', () => {
    const index = buildSearchIndex(smallFaq, { lexicon: noLexicon });
    expect(index.entries.map((e) => e.id)).toEqual(smallFaq.entries.map((e) => e.id));
    index.entries.forEach((shipped, i) => {
      expect(shipped).not.toHaveProperty('answerText');
      expect(shipped).not.toHaveProperty('alternates');
      const { answerText: _t, alternates: _a, ...rest } = smallFaq.entries[i]!;
      expect(shipped).toEqual(rest);
    });
    // No alternate reaches the file the browser downloads.
    const json = JSON.stringify(index);
    for (const e of smallFaq.entries) for (const alt of e.alternates) expect(json).not.toContain(alt);
  });

  it('indexes each locale with its own entries', () => {
    const index = buildSearchIndex(smallFaq, { lexicon: noLexicon });
    for (const li of index.locales) {
      expect(li.entries.map((p) => index.entries[p]!.locale).every((l) => l === li.locale)).toBe(true);
      expect(li.phrasings).toHaveLength(li.entries.length);
      // Every term a phrasing uses is in the vocabulary, once.
      expect(new Set(li.terms).size).toBe(li.terms.length);
      for (const seq of li.phrasings.flat()) for (const id of seq) expect(li.terms[id < 0 ? -id - 1 : id]).toBeDefined();
    }
    const total = index.locales.reduce((n, l) => n + l.entries.length, 0);
    expect(total).toBe(smallFaq.entries.length);
  });

  it('asks the lexicon once per locale', () => {
    const asked: string[] = [];
    buildSearchIndex(smallFaq, { lexicon: (l) => { asked.push(l); return noLexicon(); } });
    expect(asked.sort()).toEqual(['en', 'es']);
  });
});

describe('lexicon groups', () => {
  it('keeps a group that touches the FAQ vocabulary', () => {
    const syn = locale(cars, 'es', { lexicon: carLexicon }).synonyms;
    expect(syn[key('carro')]).toBe(key('coche'));
    expect(syn[key('auto')]).toBe(key('coche'));
  });

  it('keeps a group whose FAQ word is not the first of the group', () => {
    const autoFaq: CompiledFaq = { entries: [entry('es', 'auto', '¿Alquilan auto con chofer?', 'Sí.')], synonyms: {} };
    const syn = locale(autoFaq, 'es', { lexicon: carLexicon }).synonyms;
    expect(Object.keys(syn).sort()).toEqual([key('auto'), key('carro')].sort());
  });

  it('drops a group that does not touch the FAQ', () => {
    expect(locale(noCars, 'es', { lexicon: carLexicon }).synonyms).toEqual({});
  });

  it('lets a customer who says "carro" find the entry that says "coche"', () => {
    const withLexicon = createSearchEngine(buildSearchIndex(cars, { lexicon: carLexicon }));
    const without = createSearchEngine(buildSearchIndex(cars, { lexicon: noLexicon }));
    const r = withLexicon.search('quiero alquilar un carro', { locale: 'es' });
    expect(r.hits[0]?.id).toBe('coche-alquiler');
    expect(r.hits[0]!.highlights.map(([a, b]) => r.hits[0]!.entry.question.slice(a, b))).toContain('coche');
    expect(withLexicon.search('carro', { locale: 'es' }).decision).toBe('answered');
    expect(without.search('carro', { locale: 'es' }).decision).toBe('none');
  });

  it('reads a group whose first member is a phrase as that phrase, and keeps its words', () => {
    const faq: CompiledFaq = {
      entries: [
        entry('en', 'signup', 'How do I sign up?', 'Use the form on the home page.'),
        entry('en', 'charged', 'Why was I charged twice?', 'A pending authorisation disappears in 3 days.'),
        entry('en', 'sign', 'Where do I sign the contract?', 'On the last page.'),
        entry('en', 'other', 'How do I get an account?', 'Ask us.'),
        entry('en', 'twice', 'Can I order twice a day?', 'Yes.'),
      ],
      synonyms: { en: [['sign up', 'register', 'create account'], ['charged twice', 'double charged']] },
    };
    const engine = createSearchEngine(buildSearchIndex(faq, { lexicon: noLexicon }));
    const top = (q: string): string | undefined => engine.search(q, { locale: 'en' }).hits[0]?.id;
    expect(top('how do I register')).toBe('signup');
    expect(engine.search('register', { locale: 'en' }).decision).toBe('answered');
    expect(top('create an account')).toBe('signup');
    expect(top('I was double charged')).toBe('charged');
    // The phrase's words still find it on their own.
    expect(top('charges')).toBe('charged');
    expect(top('sign the contract')).toBe('sign');
  });

  it('keeps only rewrites whose result the FAQ uses', () => {
    const lexicon = (): Lexicon => ({ variants: [], rewrites: { fctra: 'factura', cel: 'celular', xq: 'por que' } });
    expect(locale(noCars, 'es', { lexicon }).rewrites).toEqual({ fctra: 'factura' });
  });

  it('reads a word the FAQ hyphenates, typed whole, as its parts', () => {
    const faq: CompiledFaq = {
      entries: [
        entry('en', 'preorder', 'Can I pre-order a product?', 'Yes, from its page.'),
        entry('en', 'order', 'How do I track my order?', 'From your account.'),
        entry('en', 'email', 'How do I change my e-mail?', 'Write your new email in Settings.'),
        entry('en', 'w2', 'Where is my W-2 form?', 'In Reports, from 31 January 2025-01-31.'),
      ],
      synonyms: {},
    };
    const li = locale(faq, 'en', { lexicon: noLexicon });
    // "email" is written whole in the FAQ too: no rewrite.
    // A date is no word.
    expect(li.rewrites).toEqual({ preorder: 'pre order', w2: 'w 2' });
    const engine = createSearchEngine(buildSearchIndex(faq, { lexicon: noLexicon }));
    expect(engine.search('preorder', { locale: 'en' }).hits[0]?.id).toBe('preorder');
    expect(engine.search('w2', { locale: 'en' }).hits[0]?.id).toBe('w2');
  });

  it('reads a country the FAQ does not name as the words it uses for countries', () => {
    const lexicon = (): Lexicon => ({ variants: [], rewrites: {}, kinds: [{ names: 'francia peru portugal', means: 'pais extranjero internacional' }] });
    const faq: CompiledFaq = {
      entries: [
        entry('es', 'paises', '¿A qué países enviáis?', 'A España y a Portugal.'),
        entry('es', 'plazos', '¿Cuánto tarda el envío?', 'Dos días laborables.'),
        entry('es', 'pago', '¿Cómo pago?', 'Con tarjeta.'),
      ],
      synonyms: {},
    };
    // Portugal is named in the FAQ (its own word finds it); the FAQ says "país", not "extranjero".
    expect(locale(faq, 'es', { lexicon }).rewrites).toEqual({ francia: 'pais', peru: 'pais' });
    const engine = createSearchEngine(buildSearchIndex(faq, { lexicon }));
    expect(engine.search('enviais a francia', { locale: 'es' }).hits[0]?.id).toBe('paises');
    // A FAQ with no word for countries gets none of them.
    expect(locale(noCars, 'es', { lexicon }).rewrites).toEqual({});
  });

  it('the built-in kinds: an instrument, a pet, an illness or a way to pay the FAQ does not name reads as its kind', () => {
    const faq: CompiledFaq = {
      entries: [
        entry('es', 'instrumentos', '¿Puedo llevar un instrumento musical?', 'Sí, en cabina si cabe.'),
        entry('es', 'mascotas', '¿Puedo viajar con mi mascota?', 'Hasta 8 kg en cabina.'),
        entry('es', 'equipaje', '¿Cuánto equipaje puedo llevar?', 'Una maleta de 10 kg.'),
        entry('en', 'conditions', 'Do you cover pre-existing conditions?', 'After 12 months.'),
        entry('en', 'claims', 'How do I make a claim?', 'In the app.'),
        entry('en', 'paying', 'Which payment methods do you accept?', 'Cards and bank transfers.'),
      ],
      synonyms: {},
    };
    const engine = createSearchEngine(buildSearchIndex(faq));
    expect(engine.search('puedo subir el violin', { locale: 'es' }).hits[0]?.id).toBe('instrumentos');
    expect(engine.search('mi perrito puede ir conmigo', { locale: 'es' }).hits[0]?.id).toBe('mascotas');
    expect(engine.search('i have diabetes will you cover me', { locale: 'en' }).hits[0]?.id).toBe('conditions');
    expect(engine.search('do u take amex', { locale: 'en' }).hits[0]?.id).toBe('paying');
  });

  it('always keeps the site own synonym groups', () => {
    const faq: CompiledFaq = { ...noCars, synonyms: { es: [['bici', 'bicicleta']], '*': [['pdf', 'documento']] } };
    const syn = locale(faq, 'es', { lexicon: noLexicon }).synonyms;
    expect(Object.keys(syn).length).toBe(2);
    expect(syn[key('bicicleta')]).toBe(key('bici'));
    expect(syn[key('documento')]).toBe(key('pdf'));
  });

  it('the built-in lexicon only contributes groups that touch the FAQ', () => {
    const bare: CompiledFaq = { ...smallFaq, synonyms: {} };
    const index = buildSearchIndex(bare);
    for (const { synonyms, ...li } of index.locales) {
      const table = synonymTable(synonyms);
      const raw = createAnalyzer(li.locale, {}, {}, stopwords(li.locale));
      const vocab = new Set<string>();
      for (const e of bare.entries.filter((x) => x.locale === li.locale)) {
        for (const text of [e.question, ...e.alternates, e.answerText, ...e.tags]) for (const t of raw.analyze(text).terms) vocab.add(t);
      }
      const groups = builtInLexicon(li.locale).variants.map((g) => g.split('|').map((m) => raw.analyze(m).terms.join(' ')));
      for (const k of Object.keys(table)) {
        const touching = groups.filter((g) => g.includes(k)).some((g) => g.some((m) => vocab.has(m) || m.split(' ').every((w) => vocab.has(w))));
        expect(touching, `${li.locale}: ${k} → ${table[k]}`).toBe(true);
      }
    }
  });
});
