import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { idbStore } from './idb-store.ts';
import type { StoredItem } from './outbox-store.ts';

const item = (id: string): StoredItem => ({ id, kind: 'event', body: { id }, size: 10 });

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('idbStore', () => {
  it('keeps items in IndexedDB (database ayuda-<site>), oldest id first, across store instances', async () => {
    const store = idbStore('demo');
    await store.save([item('b'), item('a')]);
    await store.save([item('c')]);
    expect((await idbStore('demo').load()).map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect((await indexedDB.databases()).map((d) => d.name)).toEqual(['ayuda-demo']);
    await store.remove(['a', 'c']);
    expect(await idbStore('demo').load()).toEqual([item('b')]);
    expect(await idbStore('other').load()).toEqual([]);
  });

  it('opens no database until used', async () => {
    idbStore('demo');
    expect(await indexedDB.databases()).toEqual([]);
  });

  it('falls back to memory when IndexedDB is missing', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const store = idbStore('demo');
    await expect(store.save([item('a'), item('b')])).resolves.toBeUndefined();
    expect((await store.load()).map((i) => i.id)).toEqual(['a', 'b']);
    await store.remove(['a']);
    expect((await store.load()).map((i) => i.id)).toEqual(['b']);
  });

  it('falls back to memory when opening throws (blocked storage)', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const store = idbStore('demo');
    await store.save([item('a')]);
    expect((await store.load()).map((i) => i.id)).toEqual(['a']);
  });

  it('keeps what does not fit (quota) in memory, beside what IndexedDB holds', async () => {
    const store = idbStore('demo');
    await store.save([item('a')]);
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await store.save([item('b')]);
    put.mockRestore();
    expect((await store.load()).map((i) => i.id)).toEqual(['a', 'b']);
    await store.remove(['a', 'b']);
    expect(await store.load()).toEqual([]);
  });
});
