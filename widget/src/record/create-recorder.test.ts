import { Compile } from 'typebox/compile';
import { describe, expect, it } from 'vitest';
import type { PanelEvent } from '../core/contract.ts';
import { EventSchema, type AyudaEvent } from '../events/schema.ts';
import { unansweredReason } from '../events/reason.ts';
import type { OutboxItem } from '../outbox/contract.ts';
import type { SearchResult } from '../search/engine.ts';
import { createRecorder } from './create-recorder.ts';

const check = Compile(EventSchema);
const AT = Date.UTC(2025, 2, 1, 10);

function result(query: string, decision: SearchResult['decision'], scores = [0.91234, 0.8, 0.7, 0.6, 0.5, 0.45]): SearchResult {
  return {
    query,
    locale: 'es',
    decision,
    confidence: 0.5,
    hits: scores.map((score, i) => ({ id: `entry-${i}`, score, entry: {} as never, highlights: [] })),
  };
}

function setup(lang = 'es') {
  const items: OutboxItem[] = [];
  let n = 0;
  const recorder = createRecorder({
    site: 'demo',
    lang,
    session: () => 'sessionsessionsession1',
    path: () => '/checkout',
    id: (at) => `${at.toString(36)}id${String(n++).padStart(8, '0')}`,
    add: (item) => items.push(item),
  });
  const events = () => items.map((i) => i.body as AyudaEvent);
  const record = (e: PanelEvent, at = AT) => recorder.record(e, at);
  return { recorder, record, items, events };
}

describe('createRecorder', () => {
  it('records an answered search at once, with the common fields and the top 5 results rounded', () => {
    const { record, items, events } = setup();
    record({ type: 'search', result: result('  devolución ', 'answered') });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'event', id: events()[0]!.id });
    expect(events()[0]).toEqual({
      v: 1,
      id: expect.stringMatching(/^[\w-]{8,64}$/),
      site: 'demo',
      session: 'sessionsessionsession1',
      at: AT,
      locale: 'es',
      path: '/checkout',
      type: 'search',
      query: 'devolución',
      decision: 'answered',
      results: [0.912, 0.8, 0.7, 0.6, 0.5].map((score, i) => ({ id: `entry-${i}`, score })),
    });
    expect(unansweredReason(events()[0]!)).toBeUndefined();
  });

  it('records the hits the customer was shown: those close to the best, whatever the decision; none when nothing related', () => {
    const { record, events } = setup();
    record({ type: 'search', result: result('receta de paella', 'none', []) });
    record({ type: 'gave_up', query: 'receta de paella', result: result('receta de paella', 'none', []) });
    record({ type: 'search', result: result('iva', 'none', [0.4, 0.3, 0.1]) });
    record({ type: 'handoff_requested', query: 'iva', result: result('iva', 'none', [0.4, 0.3, 0.1]) });
    expect(events().map((e) => [e.type, 'results' in e && e.results])).toEqual([
      ['gave_up', []],
      ['search', [{ id: 'entry-0', score: 0.4 }, { id: 'entry-1', score: 0.3 }]],
      ['handoff_requested', [{ id: 'entry-0', score: 0.4 }, { id: 'entry-1', score: 0.3 }]],
    ]);
  });

  it('holds a none/weak search and records it as unanswered when the customer moves on without reading', () => {
    const { record, events } = setup();
    record({ type: 'search', result: result('factura empresa', 'none', []) });
    record({ type: 'search', result: result('iva', 'weak') });
    expect(events()).toHaveLength(1);
    expect(events()[0]).toMatchObject({ type: 'search', query: 'factura empresa', decision: 'none', reason: 'no_match', results: [] });
    record({ type: 'search', result: result('envío', 'answered') });
    expect(events().map((e) => [e.type, 'query' in e && e.query, unansweredReason(e)])).toEqual([
      ['search', 'factura empresa', 'no_match'],
      ['search', 'iva', 'weak_match'],
      ['search', 'envío', undefined],
    ]);
  });

  it('sends the held search when the page is hidden (commit)', () => {
    const { record, recorder, events } = setup();
    record({ type: 'search', result: result('iva', 'weak') });
    recorder.commit();
    recorder.commit();
    expect(events()).toMatchObject([{ type: 'search', reason: 'weak_match' }]);
  });

  it('does not count a weak search as unanswered when an answer was read: answer_read carries its query and results', () => {
    const { record, events } = setup();
    record({ type: 'search', result: result('cambiar talla', 'weak') });
    record({ type: 'answer_read', entryId: 'entry-0', query: 'cambiar talla', ms: 4000 });
    expect(events()).toHaveLength(1);
    expect(events()[0]).toMatchObject({ type: 'answer_read', entry: 'entry-0', query: 'cambiar talla' });
    expect((events()[0] as { results: unknown[] }).results).toHaveLength(5);
    expect(events()[0]).not.toHaveProperty('ms');
  });

  it('records "No" as not_helpful with the redacted comment, "Yes" without a reason', () => {
    const { record, events } = setup();
    record({ type: 'feedback', entryId: 'devoluciones', helpful: false, query: 'devolver', comment: ' Escribidme a ana@correo.es o al 612 34 56 78 ' });
    record({ type: 'feedback', entryId: 'envios', helpful: true, query: 'envío' });
    expect(events()[0]).toMatchObject({ type: 'feedback', helpful: false, reason: 'not_helpful', comment: 'Escribidme a [email] o al [phone]' });
    expect(events()[1]).toMatchObject({ type: 'feedback', helpful: true });
    expect(events()[1]).not.toHaveProperty('reason');
    expect(events()[1]).not.toHaveProperty('comment');
  });

  it('records gave_up in place of the held search of the same query: one question, one unanswered event', () => {
    const { record, events } = setup();
    record({ type: 'search', result: result('horario tienda', 'none', []) });
    record({ type: 'gave_up', query: 'horario tienda', result: result('horario tienda', 'none', []) });
    expect(events()).toHaveLength(1);
    expect(events()[0]).toMatchObject({ type: 'gave_up', query: 'horario tienda', reason: 'gave_up', results: [] });
  });

  it('records a hand-off request as asked_human, after the held search', () => {
    const { record, events } = setup();
    record({ type: 'search', result: result('hablar con alguien', 'weak') });
    record({ type: 'handoff_requested', query: 'hablar con alguien', result: result('hablar con alguien', 'weak'), comment: 'tarjeta 4111 1111 1111 1111' });
    expect(events().map((e) => e.type)).toEqual(['search', 'handoff_requested']);
    expect(events()[1]).toMatchObject({ reason: 'asked_human', comment: 'tarjeta [card]' });
    expect(unansweredReason(events()[1]!)).toBe('asked_human');
  });

  it('redacts and bounds the query; ignores blank searches and open/close', () => {
    const { record, events } = setup();
    record({ type: 'search', result: result('   ', 'none') });
    record({ type: 'open' });
    record({ type: 'close' });
    expect(events()).toEqual([]);
    record({ type: 'search', result: result(`mi email es juan@x.com ${'a'.repeat(600)}`, 'answered') });
    const query = (events()[0] as { query: string }).query;
    expect(query.startsWith('mi email es [email] aaa')).toBe(true);
    expect(query).toHaveLength(500);
  });

  it('sends "und" for a language that is not a language tag', () => {
    const { record, events } = setup('español!');
    record({ type: 'search', result: result('x', 'answered') });
    expect(events()[0]!.locale).toBe('und');
  });

  it('produces events the collector schema accepts, of every type', () => {
    const { record, recorder, events } = setup('es-mx');
    record({ type: 'search', result: result('a', 'answered') });
    record({ type: 'search', result: result('b', 'weak') });
    record({ type: 'search', result: result('c', 'none', []) });
    record({ type: 'answer_read', entryId: 'entry-1', query: '' });
    record({ type: 'feedback', entryId: 'entry-1', helpful: false, query: '', comment: 'x'.repeat(2000) });
    record({ type: 'gave_up', query: 'd' });
    record({ type: 'search', result: result('e', 'weak', [Number.NaN]) });
    record({ type: 'handoff_requested', query: 'e', entryId: 'entry-2' });
    recorder.commit();
    expect(events().map((e) => e.type)).toEqual(['search', 'search', 'answer_read', 'feedback', 'gave_up', 'search', 'handoff_requested']);
    for (const e of events()) expect(check.Check(e), JSON.stringify(e)).toBe(true);
    expect(new Set(events().map((e) => e.id)).size).toBe(events().length);
  });
});
