import { describe, expect, it } from 'vitest';
import { learnSuggested, sectionOf, type Read } from './suggested.ts';

const reads = (path: string, entry: string, sessions: number, from = 0): Read[] => Array.from({ length: sessions }, (_, i) => ({ path, entry, session: `s${from + i}` }));

describe('learnSuggested', () => {
  it('serves per path and per section the entries most customers read there, exact paths first', () => {
    const map = learnSuggested([
      ...reads('/producto/v8', 'bateria', 4),
      ...reads('/producto/v8', 'garantia', 3, 10),
      ...reads('/producto/v8?color=rojo', 'devoluciones', 2, 20),
      ...reads('/producto/lumen', 'bateria', 2, 30),
      ...reads('/ayuda', 'seguir-pedido', 5, 40),
      ...reads('/ayuda', 'bateria', 1, 50),
    ]);
    expect(map).toEqual({
      '/producto/v8': ['bateria', 'garantia', 'devoluciones'],
      '/ayuda': ['seguir-pedido'],
      '/producto/*': ['bateria', 'garantia', 'devoluciones'],
    });
    expect(Object.keys(map)).toEqual(['/producto/v8', '/ayuda', '/producto/*']);
  });

  it('counts each customer once, and serves nothing on too few customers', () => {
    const same = Array.from({ length: 10 }, () => ({ path: '/producto/v8', entry: 'bateria', session: 'one' }));
    expect(learnSuggested(same)).toEqual({});
    expect(learnSuggested(reads('/x', 'a', 2))).toEqual({});
  });

  it('names sections below the top level only', () => {
    expect([sectionOf('/producto/v8'), sectionOf('/a/b/c'), sectionOf('/ayuda'), sectionOf('/producto/')]).toEqual(['/producto/*', '/a/*', undefined, undefined]);
  });
});
