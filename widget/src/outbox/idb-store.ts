/**
 * The outbox's only access to IndexedDB (through idb-keyval): one database
 * per site, `ayuda-<site>`, with one object store of items keyed by id.
 *
 * Falls back to memory, item by item, whenever IndexedDB is missing, blocked
 * (private modes, sandboxed frames), full (quota) or throwing: what could not
 * be written is kept for this page's life and still sent. Never throws.
 */
import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';
import { byId, type OutboxStore, type StoredItem } from './outbox-store.ts';

export function idbStore(site: string): OutboxStore {
  let db: UseStore | undefined;
  const use = (): UseStore => (db ??= createStore(`ayuda-${site}`, 'items'));
  /** One read-write transaction over the items, resolved once committed. */
  const write = (fn: (s: IDBObjectStore) => void): Promise<void> =>
    use()('readwrite', (s) => (fn(s), promisifyRequest(s.transaction)));
  /** What IndexedDB could not take. */
  const memory = new Map<string, StoredItem>();
  return {
    async load() {
      let items: StoredItem[] = [];
      try {
        items = await use()('readonly', (s) => promisifyRequest(s.getAll()));
      } catch {
        // unreadable: what memory holds
      }
      return [...items.filter((i) => !memory.has(i.id)), ...memory.values()].sort(byId);
    },
    async save(items) {
      try {
        await write((s) => items.forEach((i) => s.put(i, i.id)));
      } catch {
        for (const i of items) memory.set(i.id, i);
      }
    },
    async remove(ids) {
      for (const id of ids) memory.delete(id);
      try {
        await write((s) => ids.forEach((id) => s.delete(id)));
      } catch {
        // not there, or unwritable: memory no longer has them either
      }
    },
  };
}
