/** Hand-off records for tests: a realistic journey, overridable field by field. */
import type { HandoffRecord } from '../../widget/src/handoff/types.ts';

const T0 = Date.UTC(2026, 10, 23, 9, 30);

export function makeRecord(overrides: Partial<HandoffRecord> = {}, n = 1): HandoffRecord {
  return {
    v: 1,
    id: `handoff-${String(n).padStart(6, '0')}`,
    reference: 'AY-7K3-Q9F',
    site: 'demo',
    session: 'session-0001-abcd',
    at: T0 + 600_000,
    locale: 'es',
    timeZone: 'Europe/Madrid',
    path: '/checkout',
    channel: 'email',
    contact: { name: 'Ana López', email: 'ana@example.com' },
    question: '¿Dónde está mi pedido 4411?',
    details: 'Lo pedí hace diez días.\nNo tengo número de seguimiento.',
    journey: {
      items: [
        { id: 'i1', kind: 'page', at: T0, path: '/producto', title: 'Lumen Aire V8' },
        { id: 'i2', kind: 'search', at: T0 + 60_000, path: '/producto', query: 'donde esta mi pedido', decision: 'none', results: [] },
        { id: 'i3', kind: 'search', at: T0 + 120_000, path: '/producto', query: 'seguimiento envio', decision: 'weak', results: [{ id: 'plazo-envio', title: '¿Cuánto tarda el envío?' }] },
        { id: 'i4', kind: 'read', at: T0 + 180_000, path: '/producto', entry: 'plazo-envio', title: '¿Cuánto tarda el envío?', ms: 42_000, query: 'seguimiento envio' },
        { id: 'i5', kind: 'feedback', at: T0 + 240_000, path: '/producto', entry: 'plazo-envio', title: '¿Cuánto tarda el envío?', helpful: false, comment: 'No dice dónde está el mío' },
        { id: 'i6', kind: 'page', at: T0 + 300_000, path: '/checkout', title: 'Pago' },
      ],
      traits: { orderId: '4411', plan: 'pro' },
      context: { cart: 2 },
    },
    ...overrides,
  };
}
