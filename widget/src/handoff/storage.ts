/**
 * The hand-off's only storage: the journey, the draft being typed (and the
 * files chosen, as Blobs) and the hand-offs already made, in IndexedDB (idb-keyval, database
 * "ayuda-handoff"), so they survive reloads and navigation between the
 * site's pages. Where IndexedDB is missing or refuses (some private modes),
 * it degrades to memory for the page's lifetime and never throws.
 */
import { createStore, del, get, update, type UseStore } from 'idb-keyval';
import type { Journey } from './journey/types.ts';
import type { DraftFile, HandoffDraft, SentHandoff } from './types.ts';

export interface Stored {
  journey: Journey;
  draft: HandoffDraft;
  /** The draft's files, Blobs and all. */
  files: DraftFile[];
  sent: SentHandoff[];
}
export type StoredKey = keyof Stored;

export interface HandoffStorage {
  read<K extends StoredKey>(key: K): Promise<Stored[K] | undefined>;
  /** Read-modify-write in one transaction; `undefined` from `change` deletes the key. Resolves with the new value. */
  change<K extends StoredKey>(key: K, change: (old: Stored[K] | undefined) => Stored[K] | undefined): Promise<Stored[K] | undefined>;
  remove(key: StoredKey): Promise<void>;
}

/**
 * @example
 *   const storage = createStorage();
 *   await storage.change('draft', (d) => ({ ...d!, question: 'Where is my order?' }));
 */
export function createStorage(store?: UseStore): HandoffStorage {
  const memory = new Map<StoredKey, unknown>();
  let idb: UseStore | undefined;
  let broken = typeof indexedDB === 'undefined';
  const db = (): UseStore => (idb ??= store ?? createStore('ayuda-handoff', 'kv'));

  /** Run against IndexedDB; on its first failure, memory from then on. */
  async function attempt<T>(op: (s: UseStore) => Promise<T>, fallback: () => T): Promise<T> {
    if (!broken) {
      try {
        return await op(db());
      } catch {
        broken = true;
      }
    }
    return fallback();
  }

  return {
    read: (key) => attempt((s) => get(key, s), () => memory.get(key) as never),
    async change(key, fn) {
      let next: Stored[typeof key] | undefined;
      await attempt(
        (s) => update(key, (old) => (next = fn(old)), s),
        () => void memory.set(key, (next = fn(memory.get(key) as never))),
      );
      // idb-keyval's update stores `undefined` as a value: delete instead.
      if (next === undefined) await this.remove(key);
      return next;
    },
    remove: (key) => attempt((s) => del(key, s), () => void memory.delete(key)),
  };
}

/** The page's storage, shared by the journey recorder and the hand-off view. */
export const storage: HandoffStorage = createStorage();
