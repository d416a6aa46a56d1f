import { byId, type OutboxStore, type StoredItem } from './outbox-store.ts';

/** An OutboxStore in a Map: the fallback when IndexedDB fails, and the store of tests. */
export function memoryStore(map = new Map<string, StoredItem>()): OutboxStore {
  return {
    load: async () => [...map.values()].sort(byId),
    async save(items) {
      for (const item of items) map.set(item.id, item);
    },
    async remove(ids) {
      for (const id of ids) map.delete(id);
    },
  };
}
