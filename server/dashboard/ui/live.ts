/**
 * One stream of changes per open dashboard (GET /api/live, server-sent
 * events): pages that show data which new questions and hand-offs change
 * subscribe and refetch when told. The browser's EventSource reconnects by
 * itself; a page hidden in the background keeps its stream (the marks are
 * small) so it is current when shown again.
 */
import { BASE } from './router.ts';

type Listener = () => void;

const listeners = new Set<Listener>();
let source: EventSource | undefined;

export function onLiveChange(listener: Listener): () => void {
  listeners.add(listener);
  if (!source && typeof EventSource === 'function') {
    source = new EventSource(`${BASE}/api/live`);
    source.addEventListener('change', () => {
      for (const l of [...listeners]) l();
    });
  }
  return () => {
    listeners.delete(listener);
    if (!listeners.size) {
      source?.close();
      source = undefined;
    }
  };
}
