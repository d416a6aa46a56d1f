// @vitest-environment happy-dom
/** The events the panel emits to the core: search once typing settles, answer_read, gave_up, and none without consent. */
import { act, fireEvent } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { key, optionTexts, type, usePanelPage } from './__fixtures__/panel-page.ts';
import { fixtureEngine } from './__fixtures__/fixture-engine.ts';
import type { SearchEngine } from '../search/engine.ts';
import { SETTLE_MS } from './reporter.ts';

const { mount } = usePanelPage();

describe('events', () => {
  test('search is emitted once, after typing settles', async () => {
    vi.useFakeTimers();
    const p = await mount();
    p.open();
    for (const q of ['d', 'de', 'dev', 'devo', 'devol', 'devolver']) {
      type(p, q);
      act(() => void vi.advanceTimersByTime(150));
    }
    expect(p.events).toEqual([]);
    act(() => void vi.advanceTimersByTime(SETTLE_MS));
    expect(p.events.map((e) => e.type === 'search' && e.result.query)).toEqual(['devolver']);
  });

  test('a rough search (typed before the engine was warm) is searched again while on screen, and the search recorded is the whole one', async () => {
    vi.useFakeTimers();
    const engine = await fixtureEngine();
    let warm = false;
    const searched: boolean[] = [];
    const search: SearchEngine['search'] = (q, o) => (searched.push(warm), warm ? engine.search(q, o) : { ...engine.search(q, o), rough: true });
    const p = await mount({ engine: { ...engine, search } });
    p.open();
    type(p, 'devolver');
    expect(optionTexts(p).length).toBeGreaterThan(0);
    warm = true;
    act(() => void vi.advanceTimersByTime(100));
    expect(searched).toEqual([false, true]);
    act(() => void vi.advanceTimersByTime(SETTLE_MS));
    expect(p.events.map((e) => e.type === 'search' && [e.result.query, e.result.rough])).toEqual([['devolver', undefined]]);
    // A rough search of a query no longer on screen is not repeated.
    warm = false;
    type(p, 'envio');
    type(p, '');
    act(() => void vi.advanceTimersByTime(500));
    expect(searched.filter((w) => !w)).toHaveLength(2);
  });

  test('answer_read with the time spent, when Back leaves the answer', async () => {
    vi.useFakeTimers();
    const p = await mount();
    p.open();
    type(p, 'donde esta mi pedido');
    key(p, 'Enter');
    act(() => void vi.advanceTimersByTime(7000));
    fireEvent.click(p.ui.getByRole('button', { name: 'Volver' }));
    expect(p.events.filter((e) => e.type !== 'search')).toEqual([
      { type: 'answer_read', entryId: 'seguir-pedido', query: 'donde esta mi pedido', ms: 7000 },
    ]);
  });

  test('gave_up when closed after an unanswered search', async () => {
    const p = await mount();
    p.open();
    type(p, 'pizza con piña');
    fireEvent.click(p.ui.getByRole('button', { name: 'Cerrar la ayuda' }));
    expect(p.events.map((e) => e.type)).toEqual(['search', 'gave_up']);
    expect(p.events[1]).toMatchObject({ type: 'gave_up', query: 'pizza con piña' });
  });

  test('nothing is emitted without consent', async () => {
    const p = await mount({ consented: () => false });
    p.open();
    type(p, 'pizza con piña');
    p.close();
    expect(p.events).toEqual([]);
  });
});
