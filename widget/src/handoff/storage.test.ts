import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { createStorage } from './storage.ts';
import type { HandoffDraft } from './types.ts';

const draft = (question: string): HandoffDraft => ({ channel: 'inbox', question, details: '', contact: {}, removed: [], removedFacts: [], updated: 1 });

describe('createStorage', () => {
  it('keeps values in IndexedDB across instances (a reload)', async () => {
    const store = createStore('ayuda-handoff-test-1', 'kv');
    const a = createStorage(store);
    expect(await a.change('draft', () => draft('hola'))).toEqual(draft('hola'));
    expect(await createStorage(store).read('draft')).toEqual(draft('hola'));
  });

  it('changes atomically, and deletes when the change gives undefined', async () => {
    const s = createStorage(createStore('ayuda-handoff-test-2', 'kv'));
    await Promise.all(Array.from({ length: 20 }, (_, i) => s.change('sent', (list = []) => [...list, { id: String(i), reference: 'AY-222-222', at: i, channel: 'inbox', question: 'q', status: 'saved' }])));
    expect((await s.read('sent'))!.map((x) => x.id).sort()).toHaveLength(20);
    await s.change('sent', () => undefined);
    expect(await s.read('sent')).toBeUndefined();
  });

  it('falls back to memory when IndexedDB fails, without throwing', async () => {
    const broken = (() => Promise.reject(new Error('blocked'))) as never;
    const s = createStorage(broken);
    await s.change('draft', () => draft('sin idb'));
    expect(await s.read('draft')).toEqual(draft('sin idb'));
    await s.remove('draft');
    expect(await s.read('draft')).toBeUndefined();
  });
});
