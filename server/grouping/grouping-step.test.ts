import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type CollectorDb } from '../db/index.ts';
import { withDashboardTables } from '../db/dashboard-schema.ts';
import type { AyudaEvent } from '../../widget/src/events/schema.ts';
import { answered, DAY, eventId, store, T0, unanswered } from '../../test/dashboard/seed.ts';
import { closestEntry, createGroupingStep, phrasingKey } from './grouping-step.ts';
import { loadGrouping } from './group-store.ts';
import { questionTerms } from './question-terms.ts';
import { testDatabase } from '../../test/pg/test-store.ts';

const opened: CollectorDb[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.close()));
});
async function open(): Promise<CollectorDb> {
  const db = await openDatabase(await testDatabase());
  opened.push(db);
  return db;
}

describe('createGroupingStep', () => {
  it('groups the unanswered questions stored since the last run, once each', async () => {
    const db = await open();
    const k = withDashboardTables(db.kysely);
    await store(db, [
      unanswered({ query: 'devolución de un pedido', at: T0 }),
      unanswered({ query: 'Devolución de un pedido', at: T0 + DAY, reason: 'gave_up', entry: 'devoluciones' }),
      unanswered({ query: 'devolusion pedido', at: T0 + 2 * DAY, reason: 'not_helpful', entry: 'plazos' }),
      unanswered({ query: 'Where is my parcel?', at: T0, locale: 'en' }),
      unanswered({ query: '¿?', at: T0 }),
      answered(T0),
    ]);
    const step = createGroupingStep(k);
    // Every event with a reason, and the answered search (what follows may prove it wrong).
    expect(await step.catchUp()).toBe(6);
    expect(await step.catchUp()).toBe(0);
    // Read again from the start (as after rowids were renumbered): nothing is counted twice.
    await k.updateTable('grouping_cursor').set({ last_rowid: 0 }).execute();
    expect(await step.catchUp()).toBe(6);
    const groups = await k.selectFrom('question_groups').selectAll().orderBy('id').execute();
    expect(groups.map((g) => [g.lang, g.size, g.first_at, g.last_at])).toEqual([
      ['es', 3, T0, T0 + 2 * DAY],
      ['en', 1, T0, T0],
    ]);
    const phrasings = await k.selectFrom('group_phrasings').select(['phrasing', 'text', 'count']).where('group_id', '=', groups[0]!.id).orderBy('count', 'desc').execute();
    expect(phrasings).toEqual([
      { phrasing: 'devolucion de un pedido', text: 'devolución de un pedido', count: 2 },
      { phrasing: 'devolusion pedido', text: 'devolusion pedido', count: 1 },
    ]);
    const members = await k.selectFrom('group_members').select(['reason', 'entry']).where('group_id', '=', groups[0]!.id).orderBy('at').execute();
    expect(members).toEqual([
      { reason: 'no_match', entry: null }, // a search that found nothing came close to no entry
      { reason: 'gave_up', entry: 'devoluciones' },
      { reason: 'not_helpful', entry: 'plazos' },
    ]);
  });

  it('groups a wording once per help session: nothing found, then a person asked for, is one question, asked_human', async () => {
    const db = await open();
    const k = withDashboardTables(db.kysely);
    await store(db, [
      unanswered({ query: 'hablar con alguien', at: T0, session: 'sess-one-question' }),
      unanswered({ query: 'Hablar con alguien', at: T0 + 60_000, session: 'sess-one-question', reason: 'asked_human' }),
      // Another customer, and the same customer a day later: other questions.
      unanswered({ query: 'hablar con alguien', at: T0 + 1, session: 'sess-someone-else' }),
      unanswered({ query: 'hablar con alguien', at: T0 + DAY, session: 'sess-one-question', reason: 'asked_human' }),
    ]);
    await createGroupingStep(k).catchUp();
    const members = await k.selectFrom('group_members').select(['session', 'reason', 'question']).orderBy('at').execute();
    expect(members).toEqual([
      // The reason that says more wins: a person asked for, not nothing found.
      { session: 'sess-one-question', reason: 'asked_human', question: 'hablar con alguien' },
      { session: 'sess-someone-else', reason: 'no_match', question: 'hablar con alguien' },
      { session: 'sess-one-question', reason: 'asked_human', question: 'hablar con alguien' },
    ]);
  });

  it('an answered search that a rephrase to another entry, a "No", a give-up or a hand-off follows is a question answered wrongly', async () => {
    const db = await open();
    const k = withDashboardTables(db.kysely);
    const wrong = answered(T0, 'mi aspiradora hace un ruido raro', 'sess-wrong-answer');
    wrong.type === 'search' && (wrong.results = [{ id: 'pierde-succion', score: 0.8 }]);
    const rephrase = answered(T0 + 20_000, 'ruido al encender', 'sess-wrong-answer');
    rephrase.type === 'search' && (rephrase.results = [{ id: 'garantia', score: 0.7 }]);
    await store(db, [wrong]);
    const step = createGroupingStep(k);
    await step.catchUp();
    expect(await k.selectFrom('group_members').selectAll().execute()).toEqual([]); // not judged yet
    await store(db, [rephrase, answered(T0 + 30_000, 'envio gratis', 'sess-right-answer')]);
    await step.catchUp();
    const members = await k.selectFrom('group_members').select(['event_id', 'reason', 'entry', 'question']).execute();
    expect(members).toEqual([{ event_id: wrong.id, reason: 'answered_wrongly', entry: 'pierde-succion', question: 'mi aspiradora hace un ruido raro' }]);
  });

  it('resumes after a restart: a new step joins new questions to the stored groups', async () => {
    const db = await open();
    const k = withDashboardTables(db.kysely);
    await store(db, [unanswered({ query: 'cambiar la contraseña', at: T0 })]);
    await createGroupingStep(k).catchUp();
    await store(db, [unanswered({ query: 'cambiar contraseña de la cuenta', at: T0 + 1 }), unanswered({ query: 'horario de tienda', at: T0 + 2 })]);
    expect(await createGroupingStep(k).catchUp()).toBe(2);
    const sizes = await k.selectFrom('question_groups').select('size').orderBy('id').execute();
    expect(sizes.map((s) => s.size)).toEqual([2, 1]);
  });

  it('reads at most `limit` events a run, questions or not, and moves past the events that are no question', async () => {
    const db = await open();
    const k = withDashboardTables(db.kysely);
    const read = (i: number): AyudaEvent => ({ v: 1, id: eventId(T0 + i), type: 'answer_read', site: 'demo', session: `sess-read-${i}`, at: T0 + i, locale: 'es', path: '/ayuda', entry: 'envio', query: 'envío' });
    await store(db, [...Array.from({ length: 10 }, (_, i) => read(i)), unanswered({ query: 'dónde está mi pedido', at: T0 + 20 })]);
    const step = createGroupingStep(k);
    const members = async () => Number((await k.selectFrom('group_members').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    expect(await step.run(4)).toBe(4);
    expect(await step.run(4)).toBe(4);
    expect(await members()).toBe(0);
    expect(await step.run(4)).toBe(3); // the last two reads and the question
    expect(await members()).toBe(1);
    expect(await step.run(4)).toBe(0);
  });

  it('reads a large grouping in pages, with a pause between them, into the same groupers', async () => {
    const db = await open();
    const k = withDashboardTables(db.kysely);
    await store(db, Array.from({ length: 12 }, (_, i) => unanswered({ query: `${['devolver', 'factura', 'envío', 'contraseña', 'garantía', 'cupón'][i % 6]} pedido`, at: T0 + i })));
    await createGroupingStep(k).catchUp();
    let pauses = 0;
    const paged = await loadGrouping(k, 'demo', 'es', {}, { page: 2, between: async () => void pauses++ });
    const whole = await loadGrouping(k, 'demo', 'es', {});
    expect(pauses).toBeGreaterThanOrEqual(3);
    for (const query of ['devolver pedido', 'cupón pedido', 'horario de tienda']) {
      const question = { terms: questionTerms(query, 'es') };
      expect(paged.grouper.place(question)).toEqual(whole.grouper.place(question));
    }
    const ids = (await k.selectFrom('question_groups').select('id').execute()).map((g) => g.id);
    expect(ids.map((id) => paged.grouper.vector(id))).toEqual(ids.map((id) => whole.grouper.vector(id)));
  });

  it('never holds back the collector: batches stored during a step are committed on their own', async () => {
    const db = await open();
    const k = withDashboardTables(db.kysely);
    await store(db, Array.from({ length: 1200 }, (_, i) => unanswered({ query: `pregunta número ${i % 40} sobre envíos`, at: T0 + i })));
    const step = createGroupingStep(k);
    const [grouped] = await Promise.all([step.catchUp(), store(db, [unanswered({ query: 'durante el paso', at: T0 + 5000 })])]);
    expect(grouped).toBeGreaterThanOrEqual(1200);
    await step.catchUp();
    const n = await k.selectFrom('group_members').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(1201);
  });
});

describe('helpers', () => {
  it('closestEntry prefers the entry rated, then the top result', () => {
    expect(closestEntry({ entry: 'a', results: '[{"id":"b","score":1}]' })).toBe('a');
    expect(closestEntry({ entry: null, results: '[{"id":"b","score":1}]' })).toBe('b');
    expect(closestEntry({ entry: null, results: '[]' })).toBeNull();
  });
  it('phrasingKey folds case, accents and punctuation', () => {
    expect(phrasingKey('¿Devolución  de un PEDIDO?')).toBe('devolucion de un pedido');
  });
});

describe('a catch-up over a backlog', () => {
  it('lets other work run between its transactions, and still groups every question once', async () => {
    const db = await open();
    const k = withDashboardTables(db.kysely);
    const backlog = Array.from({ length: 3000 }, (_, i) =>
      unanswered({ query: `${['devolver', 'factura', 'envío', 'contraseña'][i % 4]} pedido número ${i % 50}`, at: T0 + i * 1000, session: `sess-backlog-${i}` }),
    );
    await store(db, backlog);
    const step = createGroupingStep(k);
    // A request arriving meanwhile (a macrotask) is served before the catch-up ends, not after it.
    let catchUpDone = false;
    let servedDuringCatchUp = 0;
    const probe = (): void => {
      if (catchUpDone) return;
      servedDuringCatchUp++;
      setImmediate(probe);
    };
    setImmediate(probe);
    expect(await step.catchUp()).toBe(3000);
    catchUpDone = true;
    expect(servedDuringCatchUp).toBeGreaterThan(3);
    const { n } = await k.selectFrom('group_members').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(n)).toBe(3000);
  });
});
