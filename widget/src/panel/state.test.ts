import { beforeAll, describe, expect, test } from 'vitest';
import type { SearchEngine } from '../search/engine.ts';
import { fixtureEngine } from './__fixtures__/fixture-engine.ts';
import { feedbackFor, initialState, listKind, optionIds, reduce, type Action, type PanelState } from './state.ts';

let engine: SearchEngine;
beforeAll(async () => {
  engine = await fixtureEngine();
});

const start = () => initialState(['seguir-pedido', 'plazos-envio'], ['devolver-pedido', 'plazos-envio']);
const typed = (state: PanelState, query: string) => reduce(state, { type: 'input', query, result: engine.search(query, { locale: 'es' }) });
const run = (state: PanelState, ...actions: Action[]) => actions.reduce(reduce, state);

describe('before typing', () => {
  test('offers the suggestions, nothing active', () => {
    const s = start();
    expect([s.view, listKind(s), optionIds(s), s.active]).toEqual(['search', 'suggested', ['seguir-pedido', 'plazos-envio'], -1]);
  });

  test('a blank query counts as no query', () => {
    const s = reduce(start(), { type: 'input', query: '   ', result: engine.search('   ') });
    expect([s.result, listKind(s)]).toEqual([undefined, 'suggested']);
  });
});

describe('typing', () => {
  test('shows the hits of an answered search', () => {
    const s = typed(start(), 'donde esta mi pedido');
    expect([s.view, listKind(s), optionIds(s)[0], s.active]).toEqual(['search', 'results', 'seguir-pedido', -1]);
  });

  test('a weak search is marked as such', () => {
    expect(listKind(typed(start(), 'devolucion de un regalo de cumpleaños'))).toBe('weak');
  });

  test('nothing found: the no-results view offers popular entries', () => {
    const s = typed(start(), 'pizza con piña');
    expect([s.view, listKind(s), optionIds(s)]).toEqual(['no-results', 'popular', ['devolver-pedido', 'plazos-envio']]);
  });

  test('a search decided none still lists what came close, under "these might help"', () => {
    const s = typed(start(), 'cambiar la direccion del pedido');
    expect(s.result!.decision).toBe('none');
    expect([s.view, listKind(s)]).toEqual(['search', 'weak']);
    expect(optionIds(s)[0]).toBe('cancelar-pedido');
  });
});

describe('moving through the options', () => {
  test('down and up wrap around; first and last jump', () => {
    let s = typed(start(), 'pedido');
    const n = optionIds(s).length;
    expect(n).toBeGreaterThan(2);
    const at = (...moves: ('next' | 'prev' | 'first' | 'last')[]) => (s = run(s, ...moves.map((to) => ({ type: 'move' as const, to })))).active;
    expect(at('next')).toBe(0);
    expect(at('prev')).toBe(n - 1);
    expect(at('next')).toBe(0);
    expect(at('last')).toBe(n - 1);
    expect(at('first')).toBe(0);
    expect(at('prev', 'prev')).toBe(n - 2);
  });

  test('up with nothing active goes to the last option', () => {
    expect(reduce(start(), { type: 'move', to: 'prev' }).active).toBe(1);
  });

  test('with no options nothing moves', () => {
    const s = run(initialState([], []), { type: 'move', to: 'next' });
    expect(s.active).toBe(-1);
  });

  test('typing again forgets the active option', () => {
    const s = run(typed(start(), 'pedido'), { type: 'move', to: 'next' });
    expect(typed(s, 'pedido cancelar').active).toBe(-1);
  });
});

describe('answers and Back', () => {
  test('Back returns to the results with the same query and active option', () => {
    const s = run(typed(start(), 'pedido'), { type: 'move', to: 'next' }, { type: 'move', to: 'next' });
    const open = reduce(s, { type: 'open', entryId: optionIds(s)[1]! });
    expect([open.view, open.entryId]).toEqual(['answer', optionIds(s)[1]]);
    const back = reduce(open, { type: 'back' });
    expect([back.view, back.query, back.active, back.entryId, back.history]).toEqual(['search', 'pedido', 1, undefined, []]);
  });

  test('Back makes the entry opened the active option, however it was opened (a click, Enter on the best hit, its address)', () => {
    const s = typed(start(), 'pedido');
    const back = run(s, { type: 'open', entryId: optionIds(s)[2]! }, { type: 'back' });
    expect(back.active).toBe(2);
    expect(run(start(), { type: 'open', entryId: 'plazos-envio' }, { type: 'back' }).active).toBe(1);
    expect(run(start(), { type: 'open', entryId: 'devolver-pedido' }, { type: 'back' }).active).toBe(-1);
  });

  test('a related entry stacks: Back goes to the previous answer, then to the results', () => {
    const s = run(typed(start(), 'pedido'), { type: 'open', entryId: 'seguir-pedido' }, { type: 'open', entryId: 'plazos-envio' });
    const once = reduce(s, { type: 'back' });
    expect([once.view, once.entryId]).toEqual(['answer', 'seguir-pedido']);
    expect(reduce(once, { type: 'back' }).view).toBe('search');
  });

  test('Back from the no-results view returns to it', () => {
    const s = run(typed(start(), 'pizza'), { type: 'open', entryId: 'plazos-envio' }, { type: 'back' });
    expect(s.view).toBe('no-results');
  });

  test('reset (reopening) leaves the answer, keeps the query and refreshes the offers', () => {
    const s = run(typed(start(), 'pedido'), { type: 'open', entryId: 'seguir-pedido' }, { type: 'reset', suggestions: ['x'], popular: ['y'] });
    expect([s.view, s.query, s.history, s.suggestions, s.popular]).toEqual(['search', 'pedido', [], ['x'], ['y']]);
  });
});

describe('feedback', () => {
  test('Yes is sent at once', () => {
    const s = reduce(start(), { type: 'helpful', entryId: 'a', helpful: true });
    expect(feedbackFor(s, 'a')).toEqual({ helpful: true, comment: '', sent: true });
  });

  test('No waits for the optional comment and Send', () => {
    let s = run(start(), { type: 'helpful', entryId: 'a', helpful: false }, { type: 'comment', entryId: 'a', text: 'el plazo' });
    expect(feedbackFor(s, 'a')).toEqual({ helpful: false, comment: 'el plazo', sent: false });
    s = reduce(s, { type: 'send', entryId: 'a' });
    expect(feedbackFor(s, 'a').sent).toBe(true);
    expect(feedbackFor(s, 'b')).toEqual({ comment: '', sent: false });
  });
});
