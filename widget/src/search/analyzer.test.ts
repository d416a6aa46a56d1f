import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer.ts';
import { stopwords } from './stopwords.ts';

describe('analyzer', () => {
  it('maps a multi-word synonym even with a stop word inside it', () => {
    const a = createAnalyzer('es', { 'devolu diner': 'reembols' }, {}, stopwords('es'));
    expect(a.analyze('¿Cuándo recibo la devolución del dinero?').terms).toEqual(['recib', 'reembols']);
    expect(a.analyze('reembolso').terms).toEqual(['reembols']);
  });

  it('reads the written accent of a verb with pronouns, and the vosotros forms', () => {
    const a = createAnalyzer('es', {}, {}, stopwords('es'));
    expect(a.analyze('¡Mándamelo ya!').terms).toEqual(a.analyze('mandar ya').terms);
    expect(a.analyze('¿Me lo devolvéis?').terms).toEqual(a.analyze('devolver').terms);
    expect(a.analyze('Llámanos').words).toEqual(['llamanos']);
    expect(a.term('Llámanos')).toBe(a.term('llamar'));
    expect(a.analyze('el modelo').terms).toEqual(['model']);
    expect(a.analyze('¿Cuándo recibo el recibo?').terms).toEqual(['recib', 'recibo']);
  });

  it('reads a canonical phrase as the phrase; its words are terms when indexing, pair tokens when searching', () => {
    const table = { regist: 'sign up', 'doubl charg': 'charg twice' };
    const index = createAnalyzer('en', table, {}, stopwords('en'), true);
    const query = createAnalyzer('en', table, {}, stopwords('en'));
    expect(index.analyze('How do I sign up?').terms).toEqual(['sign up', 'sign', 'up']);
    expect(query.analyze('How do I sign up?').terms).toEqual(['sign up']);
    expect(query.analyze('register').terms).toEqual(['sign up']);
    const inner = (t: { term: string; stop: boolean; inner?: boolean }) => [t.term, t.stop, !!t.inner];
    expect(index.analyze('double charged again').tokens.map(inner)).toEqual([['charg twice', false, false], ['doubl', false, true], ['charg', false, true], ['again', false, false]]);
    expect(query.analyze('double charged again').tokens.map(inner)).toEqual([['charg twice', false, false], ['doubl', true, true], ['charg', true, true], ['again', false, false]]);
  });

  it('rewrites chat spellings before stemming', () => {
    const a = createAnalyzer('es', {}, { xq: 'porque', cel: 'celular' }, stopwords('es'));
    expect(a.analyze('xq no anda mi cel').words).toEqual(['porque', 'no', 'anda', 'mi', 'celular']);
  });

  it('keeps stop words as phrase-pair tokens but not as terms', () => {
    const a = createAnalyzer('en', {}, {}, stopwords('en'));
    const r = a.analyze('How do I reset my password');
    expect(r.terms).toEqual(['reset', 'password']);
    expect(r.tokens.filter((t) => t.stop).map((t) => t.word)).toEqual(['how', 'do', 'i', 'my']);
    expect(r.bigrams).toContain('how do');
  });

  it("treats the acute-accent key typed as an apostrophe like one (can´t)", () => {
    expect(createAnalyzer('en', {}, {}, stopwords('en')).analyze('I can´t log in').words).toEqual(['i', 'cant', 'log', 'in']);
  });

  it('treats words that name Object.prototype members as plain words', () => {
    const a = createAnalyzer('en', {}, {}, stopwords('en'));
    expect(a.analyze('constructor toString hasOwnProperty __proto__').terms).toEqual(['constructor', 'tostr', 'hasownproperti', 'proto']);
  });
});
