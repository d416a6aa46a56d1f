// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { createStorage } from '../storage.ts';
import { forgetJourney, readJourney, recordEvent, recordPage, type RecorderContext } from './recorder.ts';

const ctx = (traits = {}, journeyDays?: number): RecorderContext =>
  ({
    lang: 'es',
    options: { index: 'i.json', context: { cart: 2, nested: { no: 1 } }, ...(journeyDays ? { journeyDays } : {}) },
    traits: () => traits,
    engine: { entry: (id: string) => (id === 'devoluciones' ? { question: '¿Cómo devuelvo un pedido?' } : undefined) },
  }) as unknown as RecorderContext;

const search = (query: string, decision: 'none' | 'answered' = 'none') => ({ type: 'search' as const, result: { query, locale: 'es', decision, confidence: 0, hits: decision === 'none' ? [] : [{ id: 'devoluciones', score: 1, highlights: [] }] } as never });

describe('journey recorder', () => {
  it('keeps searches, answers read, feedback and pages, in order, across instances', async () => {
    const storage = createStorage(createStore('ayuda-recorder-1', 'kv'));
    history.replaceState(null, '', '/producto');
    document.title = 'Aspiradora';
    const c = ctx({ name: 'Ana', plan: 'pro', bad: { x: 1 } });
    void recordEvent(c, search('devolver', 'answered'), storage);
    void recordEvent(c, { type: 'answer_read', entryId: 'devoluciones', query: 'devolver', ms: 12_000 }, storage);
    void recordEvent(c, { type: 'gave_up', query: 'devolver' }, storage);
    history.replaceState(null, '', '/checkout');
    document.title = 'Pago';
    void recordEvent(c, { type: 'feedback', entryId: 'devoluciones', helpful: false, comment: 'no explica el plazo', query: 'devolver' }, storage);
    const journey = await readJourney(c, createStorage(createStore('ayuda-recorder-1', 'kv')));
    expect(journey!.items.map((i) => i.kind + ':' + i.path)).toEqual(['page:/producto', 'search:/producto', 'read:/producto', 'page:/checkout', 'feedback:/checkout']);
    expect(journey!.items[1]).toMatchObject({ query: 'devolver', decision: 'answered', results: [{ id: 'devoluciones', title: '¿Cómo devuelvo un pedido?' }] });
    expect(journey!.items[2]).toMatchObject({ title: '¿Cómo devuelvo un pedido?', ms: 12_000 });
    expect(journey).toMatchObject({ lang: 'es', traits: { name: 'Ana', plan: 'pro' }, context: { cart: 2 } });
    expect(journey!.traits).not.toHaveProperty('bad');
    expect(journey!.timeZone).toBeTruthy();
  });

  it('records the page without an event, and forgets the journey after a hand-off', async () => {
    const storage = createStorage(createStore('ayuda-recorder-2', 'kv'));
    history.replaceState(null, '', '/ayuda');
    await recordPage(ctx(), storage);
    expect((await readJourney(ctx(), storage))!.items).toEqual([expect.objectContaining({ kind: 'page', path: '/ayuda' })]);
    await forgetJourney(storage);
    expect(await readJourney(ctx(), storage)).toBeUndefined();
  });

  it('forgets journeys older than journeyDays', async () => {
    const storage = createStorage(createStore('ayuda-recorder-3', 'kv'));
    await recordEvent(ctx(), search('factura'), storage);
    await storage.change('journey', (j) => ({ ...j!, updated: Date.now() - 2 * 86_400_000, items: j!.items.map((i) => ({ ...i, at: Date.now() - 2 * 86_400_000 })) }));
    expect(await readJourney(ctx({}, 3), storage)).toBeDefined();
    expect(await readJourney(ctx({}, 1), storage)).toBeUndefined();
    await recordEvent(ctx({}, 1), search('otra'), storage);
    expect((await readJourney(ctx({}, 1), storage))!.items.map((i) => i.kind)).toEqual(['page', 'search']);
  });
});
