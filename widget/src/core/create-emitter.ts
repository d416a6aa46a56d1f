import type { PanelEvent } from './contract.ts';
import { attempt } from './warn.ts';

type Listener = (event: PanelEvent) => void;

/** Listeners per event type; a listener that throws is reported and does not stop the others. */
export function createEmitter(): {
  on(type: PanelEvent['type'], listener: Listener): () => void;
  emit(event: PanelEvent): void;
  clear(): void;
} {
  const listeners = new Map<string, Set<Listener>>();
  return {
    on(type, listener) {
      let set = listeners.get(type);
      if (!set) listeners.set(type, (set = new Set()));
      set.add(listener);
      return () => void set.delete(listener);
    },
    emit(event) {
      for (const listener of [...(listeners.get(event.type) ?? [])]) attempt(`${event.type} listener failed`, () => listener(event));
    },
    clear: () => listeners.clear(),
  };
}
