import type { OutboxItem } from './contract.ts';

/** An item as the outbox keeps it. */
export interface StoredItem extends OutboxItem {
  /** Size of the body as JSON, in UTF-8 bytes. */
  size: number;
  /** Items dropped (outbox full) when this one was added: reported with the batch that carries it. */
  dropped?: number;
}

/**
 * Where the outbox keeps its items: IndexedDB in the browser (idb-store.ts,
 * falling back to memory), a Map in tests (memory-store.ts). Items are
 * shared by every tab of the site.
 */
export interface OutboxStore {
  /** Every item, oldest (smallest id) first. */
  load(): Promise<StoredItem[]>;
  /** Add or replace items (by id). */
  save(items: StoredItem[]): Promise<void>;
  remove(ids: string[]): Promise<void>;
}

/** Oldest first: ids begin with their time (see ../record/event-id.ts). */
export const byId = (a: StoredItem, b: StoredItem): number => (a.id < b.id ? -1 : 1);
