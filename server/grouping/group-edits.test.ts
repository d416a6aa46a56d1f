import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type CollectorDb } from '../db/index.ts';
import { withDashboardTables, type DashboardSchema } from '../db/dashboard-schema.ts';
import { store, T0, unanswered } from '../../test/dashboard/seed.ts';
import { createGroupingStep } from './grouping-step.ts';
import type { Kysely } from 'kysely';
import { testDatabase } from '../../test/pg/test-store.ts';

const opened: CollectorDb[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.close()));
});
async function open(): Promise<{ db: CollectorDb; k: Kysely<DashboardSchema> }> {
  const db = await openDatabase(await testDatabase());
  opened.push(db);
  return { db, k: withDashboardTables(db.kysely) };
}
let at = T0;
const ask = (query: string, site = 'demo') => unanswered({ query, at: at++, site });
const groupOf = async (k: Kysely<DashboardSchema>, query: string): Promise<number> =>
  (await k.selectFrom('group_members as m').innerJoin('events as e', 'e.id', 'm.event_id').select('m.group_id').where('e.query', '=', query).orderBy('m.at', 'desc').executeTakeFirstOrThrow()).group_id;

describe('automatic merges', () => {
  it('moves the merged group\'s questions and wordings, and keeps its prototype', async () => {
    const { db, k } = await open();
    await store(db, [...Array(3).fill(0).map(() => ask('pedido roto devolución')), ...Array(3).fill(0).map(() => ask('pedido roto'))]);
    await createGroupingStep(k, { threshold: 0.9 }).catchUp();
    const groups = await k.selectFrom('question_groups').select(['id', 'merged_into']).orderBy('id').execute();
    expect(groups).toEqual([{ id: 1, merged_into: null }, { id: 2, merged_into: 1 }]);
    expect(new Set((await k.selectFrom('group_members').select('group_id').execute()).map((m) => m.group_id))).toEqual(new Set([1]));
    expect((await k.selectFrom('group_phrasings').select('group_id').execute()).every((p) => p.group_id === 1)).toBe(true);
  });
});

describe('a lead merges groups', () => {
  it('puts them together, and later questions like either land in the merged group, after a restart too', async () => {
    const { db, k } = await open();
    await store(db, [ask('devolución de un pedido'), ask('cambiar la contraseña'), ask('horario de la tienda')]);
    const step = createGroupingStep(k);
    await step.catchUp();
    const [a, b] = [await groupOf(k, 'devolución de un pedido'), await groupOf(k, 'cambiar la contraseña')];
    expect(await step.merge(a, [b])).toBe(a);
    expect(await groupOf(k, 'cambiar la contraseña')).toBe(a);
    await store(db, [ask('cambiar contraseña')]);
    await step.catchUp();
    expect(await groupOf(k, 'cambiar contraseña')).toBe(a);
    await store(db, [ask('cambiar mi contraseña')]);
    await createGroupingStep(k).catchUp();
    expect(await groupOf(k, 'cambiar mi contraseña')).toBe(a);
    const phrasings = await k.selectFrom('group_phrasings').select('phrasing').where('group_id', '=', a).execute();
    expect(phrasings.map((p) => p.phrasing).sort()).toEqual(['cambiar contrasena', 'cambiar la contrasena', 'cambiar mi contrasena', 'devolucion de un pedido']);
  });

  it('refuses unknown groups, other sites and groups already merged, with a reason', async () => {
    const { db, k } = await open();
    await store(db, [ask('devolución de un pedido'), ask('cambiar la contraseña'), ask('devolución de un pedido', 'other')]);
    const step = createGroupingStep(k);
    await step.catchUp();
    await expect(step.merge(1, [99])).rejects.toMatchObject({ statusCode: 404, path: 'body.from' });
    await expect(step.merge(1, [3])).rejects.toMatchObject({ statusCode: 400, message: expect.stringContaining('same site') });
    await step.merge(1, [2]);
    await expect(step.merge(2, [1])).rejects.toMatchObject({ statusCode: 409, error: 'already_merged' });
  });
});

describe('a lead splits wordings out', () => {
  it('moves them to a new group that keeps their later repeats and is never merged back', async () => {
    const { db, k } = await open();
    await store(db, [ask('devolución de un pedido'), ask('devolución de un pedido roto'), ask('devolución pedido'), ask('pedido roto devolución')]);
    const step = createGroupingStep(k);
    await step.catchUp();
    const a = await groupOf(k, 'devolución pedido');
    expect(await groupOf(k, 'devolución de un pedido roto')).toBe(a);
    const b = await step.split(a, ['devolucion de un pedido roto', 'pedido roto devolucion']);
    expect(await groupOf(k, 'devolución de un pedido roto')).toBe(b);
    expect(await groupOf(k, 'devolución pedido')).toBe(a);
    await store(db, [ask('Devolución de un pedido ROTO'), ...Array(8).fill(0).map(() => ask('devolución pedido roto'))]);
    await createGroupingStep(k).catchUp();
    expect(await groupOf(k, 'Devolución de un pedido ROTO')).toBe(b);
    const groups = await k.selectFrom('question_groups').select(['id', 'merged_into']).where('id', 'in', [a, b]).execute();
    expect(groups.every((g) => g.merged_into === null)).toBe(true);
    // Merging by hand lifts the split.
    expect(await step.merge(a, [b])).toBe(a);
    expect(await k.selectFrom('group_apart').selectAll().execute()).toEqual([]);
  });

  it('refuses wordings the group does not have, and emptying the group', async () => {
    const { db, k } = await open();
    await store(db, [ask('devolución de un pedido'), ask('devolución pedido')]);
    const step = createGroupingStep(k);
    await step.catchUp();
    await expect(step.split(1, ['no such wording'])).rejects.toMatchObject({ statusCode: 400, path: 'body.phrasings' });
    await expect(step.split(1, ['devolucion de un pedido', 'devolucion pedido'])).rejects.toMatchObject({ statusCode: 409, error: 'would_empty' });
    await expect(step.split(7, ['devolucion pedido'])).rejects.toMatchObject({ statusCode: 404 });
  });
});
