import { utimesSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type CollectorDb } from '../db/index.ts';
import { withDashboardTables } from '../db/dashboard-schema.ts';
import { createFaqCatalog } from '../sites/faq-catalog.ts';
import { buildSearchIndex } from '../../widget/src/search/build-index.ts';
import { smallFaq } from '../../widget/src/search/__fixtures__/small-faq.ts';
import { store } from '../../test/dashboard/seed.ts';
import { visit } from '../../test/dashboard/seed-reads.ts';
import { writeSmallFaqIndex } from '../../test/dashboard/small-faq-index.ts';
import { createAlternatesStep } from './alternates-step.ts';
import { withAlternatesTables } from './tables.ts';
import { testDatabase } from '../../test/pg/test-store.ts';

const MIN = 60_000;
const NOW = Date.UTC(2025, 5, 1, 12);
const ago = (minutes: number) => NOW - minutes * MIN;
const SMALL = 'las zapatillas me quedan pequeñas';

const opened: CollectorDb[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.close()));
});

async function setup(faqFile = writeSmallFaqIndex()) {
  const db = await openDatabase(await testDatabase());
  opened.push(db);
  let now = NOW;
  const faqs = createFaqCatalog({ sourceOf: (site) => (site === 'demo' ? faqFile : undefined), now: () => now, recheckMs: 0 });
  const k = withDashboardTables(db.kysely);
  const step = createAlternatesStep(k, faqs, { now: () => now });
  const candidates = () =>
    withAlternatesTables(k)
      .selectFrom('alternate_candidates as c')
      .select((eb) => ['c.site', 'c.entry', 'c.text', 'c.unlike', eb.selectFrom('alternate_uses as u').select((u) => u.fn.countAll<number>().as('n')).whereRef('u.candidate_id', '=', 'c.id').as('sessions')])
      .orderBy('c.id')
      .execute();
  return { db, step, candidates, faqFile, pass: (minutes: number) => void (now += minutes * MIN) };
}

describe('createAlternatesStep', () => {
  it('proposes the questions of help sessions that ended resolved, worded unlike their entry, counting sessions', async () => {
    const { db, step, candidates } = await setup();
    const a = visit({ session: 'sess-a0000001' });
    const b = visit({ session: 'sess-b0000001' });
    const c = visit({ session: 'sess-c0000001' });
    const d = visit({ session: 'sess-d0000001' });
    const e = visit({ session: 'sess-e0000001' });
    const f = visit({ session: 'sess-f0000001', site: 'shop' });
    await store(db, [
      a.search(ago(120), SMALL, 'weak'), a.read(ago(119), 'es-devolucion', SMALL),
      // The same wording, otherwise typed; then, two hours later, again in the same browser session.
      b.read(ago(100), 'es-devolucion', 'Las zapatillas me quedan PEQUEÑAS'), b.read(ago(10), 'es-devolucion', SMALL),
      c.read(ago(90), 'es-devolucion', 'quiero cambiarlas por otras'), c.gaveUp(ago(89), 'quiero cambiarlas por otras'),
      d.read(ago(80), 'es-devolucion', '¿Cómo hago la devolución de un pedido?'), d.feedback(ago(79), 'es-devolucion', true),
      e.read(ago(70), 'es-devolucion', 'escribidme a [email] para devolverlo'),
      f.read(ago(60), 'es-devolucion', 'otra tienda, otra pregunta'),
    ]);
    await step.catchUp();
    // b's second help session is still open (10 minutes ago): not judged yet.
    expect(await candidates()).toEqual([
      { site: 'demo', entry: 'es-devolucion', text: SMALL, unlike: 1, sessions: 2 },
      { site: 'demo', entry: 'es-devolucion', text: '¿Cómo hago la devolución de un pedido?', unlike: 0, sessions: 1 },
      // Site "shop" has no FAQ: kept, never checked, never shown.
      { site: 'shop', entry: 'es-devolucion', text: 'otra tienda, otra pregunta', unlike: null, sessions: 1 },
    ]);
  });

  it('closes a help session once it has been quiet for 30 minutes, across chunks, and never counts one twice', async () => {
    const { db, step, candidates, pass } = await setup();
    const a = visit({ session: 'sess-a0000002' });
    await store(db, [a.search(ago(5), 'zapatillas pequeñas'), a.read(ago(4), 'es-devolucion', SMALL), a.search(ago(3), 'gracias'), a.read(ago(2), 'es-envio', '')]);
    for (let i = 0; i < 4; i++) await step.run(1);
    expect(await candidates()).toEqual([]);
    pass(31);
    await step.catchUp();
    // It ended on es-envio, opened without a question: nothing to propose.
    expect(await candidates()).toEqual([]);
    await store(db, [a.read(ago(-40), 'es-devolucion', SMALL)]);
    pass(20);
    await step.catchUp();
    expect(await candidates()).toEqual([]);
    pass(60);
    await step.catchUp();
    expect(await candidates()).toMatchObject([{ text: SMALL, sessions: 1 }]);
    const k = withAlternatesTables(withDashboardTables(db.kysely));
    await k.updateTable('grouping_cursor').set({ last_rowid: 0 }).where('name', 'in', ['alternates', 'alternates.tx']).execute();
    await step.catchUp();
    expect(await candidates()).toMatchObject([{ text: SMALL, sessions: 1 }]);
    expect(await k.selectFrom('alternate_pending').selectAll().execute()).toEqual([]);
  });

  it("checks proposals again after a new build: one the FAQ now answers is no longer unlike it", async () => {
    const { db, step, candidates, faqFile } = await setup();
    await store(db, [visit({ session: 'sess-a0000003' }).read(ago(60), 'es-devolucion', SMALL)]);
    await step.catchUp();
    expect(await candidates()).toMatchObject([{ unlike: 1 }]);
    const entries = smallFaq.entries.map((e) => (e.id === 'es-devolucion' ? { ...e, alternates: [...e.alternates, SMALL] } : e));
    writeFileSync(faqFile, JSON.stringify(buildSearchIndex({ ...smallFaq, entries })));
    utimesSync(faqFile, new Date(), new Date(Date.now() + 5000));
    await step.catchUp();
    expect(await candidates()).toMatchObject([{ unlike: 0 }]);
  });
});
