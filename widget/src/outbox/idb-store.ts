/**
 * The outbox's only access to IndexedDB (through idb-keyval): one database
 * per site, `ayuda-<site>`, with one object store of items keyed by id.
 *
 * Falls back to memory, item by item, whenever IndexedDB is missing, blocked
 * (private modes, sandboxed frames), full (quota) or throwing: what could not
 * be written is kept for this page's life and still sent. Never throws.
 */
import { createStore, delMany, setMany, values, type UseStore } from 'idb-keyval';
import { memoryStore } from './memory-store.ts';
import type { OutboxStore, StoredItem } from './outbox-store.ts';

export function idbStore(site: string): OutboxStore {
  let db: UseStore | undefined;
  const use = (): UseStore => (db ??= createStore(`ayuda-${site}`, 'items'));
  const fallback = new Map<string, StoredItem>();
  const memory = memoryStore(fallback);
  return {
    async load() {
      let items: StoredItem[] = [];
      try {
        items = await values<StoredItem>(use());
      } catch {
        // unreadable: what memory holds
      }
      return [...items.filter((i) => !fallback.has(i.id)), ...(await memory.load())].sort((a, b) => (a.id < b.id ? -1 : 1));
    },
    async save(items) {
      try {
        await setMany(items.map((i) => [i.id, i]), use());
      } catch {
        await memory.save(items);
      }
    },
    async remove(ids) {
      await memory.remove(ids);
      try {
        await delMany(ids, use());
      } catch {
        // not there, or unwritable: memory no longer has them either
      }
    },
  };
}
