/**
 * Valid events and batches for tests and benchmarks. Each event gets a
 * distinct id from `prefix` and its index.
 */
import type { AyudaEvent, EventBatch, EventType } from '../../widget/src/events/schema.ts';

const AT = Date.UTC(2025, 0, 15, 12, 0, 0);

/** One valid event of `type`, id `${prefix}-${n}` (padded to 8+ characters). */
export function makeEvent(n: number, type: EventType = 'search', site = 'demo', prefix = 'evt'): AyudaEvent {
  const common = {
    v: 1 as const,
    id: `${prefix}-${String(n).padStart(6, '0')}`,
    site,
    session: 'sess-0001',
    at: AT + n,
    locale: 'es',
    path: '/ayuda/devoluciones',
  };
  switch (type) {
    case 'search':
      return { ...common, type, query: '¿cómo devuelvo un pedido?', decision: 'none', results: [{ id: 'devoluciones', score: 0.21 }] };
    case 'answer_read':
      return { ...common, type, entry: 'devoluciones', query: 'devolver' };
    case 'feedback':
      return { ...common, type, query: 'devolver', entry: 'devoluciones', helpful: false, comment: 'No dice el plazo' };
    case 'gave_up':
      return { ...common, type, query: 'factura duplicada' };
    case 'handoff_requested':
      return { ...common, type, query: 'hablar con alguien', comment: 'Urgente' };
    case 'notice_shown':
    case 'notice_read':
      return { ...common, type, notice: 'n1' };
  }
}

const TYPES: EventType[] = ['search', 'answer_read', 'feedback', 'gave_up', 'handoff_requested'];

/** A batch of `count` events starting at index `from`, cycling through the types. */
export function makeBatch(count: number, from = 0, site = 'demo', prefix = 'evt'): EventBatch {
  const events = Array.from({ length: count }, (_, i) => makeEvent(from + i, TYPES[(from + i) % TYPES.length], site, prefix));
  return { site, sent_at: AT + 60_000, events };
}
