import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer.ts';
import { stopwords } from './stopwords.ts';

describe('analyzer', () => {
  it('maps a multi-word synonym even with a stop word inside it', () => {
    const a = createAnalyzer('es', { 'devolu diner': 'reembols' }, {}, stopwords('es'));
    expect(a.analyze('¿Cómo recibo la devolución del dinero?').terms).toEqual(['recib', 'reembols']);
    expect(a.analyze('reembolso').terms).toEqual(['reembols']);
  });

  it('reads a canonical phrase as the phrase; its words are terms when indexing, pair tokens when searching', () => {
    const table = { regist: 'sign up', 'doubl charg': 'charg twice' };
    const index = createAnalyzer('en', table, {}, stopwords('en'), true);
    const query = createAnalyzer('en', table, {}, stopwords('en'));
    expect(index.analyze('How do I sign up?').terms).toEqual(['sign up', 'sign', 'up']);
    expect(query.analyze('How do I sign up?').terms).toEqual(['sign up']);
    expect(query.analyze('register').terms).toEqual(['sign up']);
    const pair = (t: { term: string; stop: boolean }) => [t.term, t.stop];
    expect(index.analyze('double charged again').tokens.map(pair)).toEqual([['charg twice', false], ['doubl', false], ['charg', false], ['again', false]]);
    expect(query.analyze('double charged again').tokens.map(pair)).toEqual([['charg twice', false], ['doubl', true], ['charg', true], ['again', false]]);
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
