import { describe, expect, it } from 'vitest';
import { answeredWrongly, helpSessions, HELP_SESSION_GAP_MS, type SessionEvent } from './help-sessions.ts';

let n = 0;
const T = Date.UTC(2026, 11, 1, 10);
function ev(session: string, at: number, type: string, more: Partial<SessionEvent> = {}): SessionEvent {
  return { id: `e${n++}`, session, type, reason: null, decision: null, query: null, entry: null, helpful: null, results: null, at: T + at, ...more };
}
const shown = (...ids: string[]) => JSON.stringify(ids.map((id) => ({ id, score: 0.5 })));
const search = (s: string, at: number, query: string, decision: string, top?: string) =>
  ev(s, at, 'search', { query, decision, results: top ? shown(top) : '[]', reason: decision === 'none' ? 'no_match' : decision === 'weak' ? 'weak_match' : null });
const read = (s: string, at: number, entry: string, query = '') => ev(s, at, 'answer_read', { entry, query });

describe('help sessions', () => {
  it('answered and read: one question, resolved', () => {
    const [h] = helpSessions([search('a', 0, 'devolver pedido', 'answered', 'devolver'), read('a', 5_000, 'devolver', 'devolver pedido')]);
    expect(h).toMatchObject({ questions: 1, unanswered: 0, resolved: true, reason: null });
  });

  it('gave up after nothing found: one unanswered question, unresolved', () => {
    const [h] = helpSessions([ev('b', 0, 'gave_up', { query: 'student discount', reason: 'gave_up' })]);
    expect(h).toMatchObject({ questions: 1, unanswered: 1, resolved: false, reason: 'gave_up' });
  });

  it('a quick rephrase that then finds the answer: two questions, one unanswered, resolved', () => {
    const [h] = helpSessions([
      search('c', 0, 'abris los domingos', 'none'),
      search('c', 1_500, 'horario domingo', 'answered', 'horario'),
      read('c', 4_000, 'horario', 'horario domingo'),
    ]);
    expect(h).toMatchObject({ questions: 2, unanswered: 1, resolved: true });
  });

  it('a confident wrong answer, then a rephrase to another entry: answered wrongly for the entry it showed', () => {
    const wrong = search('d', 0, 'mi aspiradora hace un ruido raro', 'answered', 'pierde-succion');
    const [h] = helpSessions([wrong, search('d', 20_000, 'ruido al encender la aspiradora', 'answered', 'garantia'), read('d', 25_000, 'garantia')]);
    expect(h!.wrong).toEqual([{ id: wrong.id, entry: 'pierde-succion' }]);
    expect(h).toMatchObject({ questions: 2, unanswered: 1, resolved: true });
  });

  it('"No", then a person: one question, unresolved for how it ended (the read they said "No" to does not count)', () => {
    const [h] = helpSessions([
      search('e', 0, 'cobro doble', 'answered', 'cobro-duplicado'),
      read('e', 3_000, 'cobro-duplicado', 'cobro doble'),
      ev('e', 9_000, 'feedback', { entry: 'cobro-duplicado', helpful: 0, query: 'cobro doble', reason: 'not_helpful' }),
      ev('e', 12_000, 'handoff_requested', { query: 'cobro doble', reason: 'asked_human' }),
    ]);
    expect(h).toMatchObject({ questions: 1, unanswered: 1, resolved: false, reason: 'asked_human' });
    expect(h!.wrong.map((w) => w.entry)).toEqual(['cobro-duplicado']);
  });

  it('"No", then leaving the answer (its read is recorded after the "No"): unresolved', () => {
    const [h] = helpSessions([
      search('n', 0, 'cuanto tarda el envio', 'answered', 'reparacion-plazo'),
      ev('n', 5_000, 'feedback', { entry: 'reparacion-plazo', helpful: 0, query: 'cuanto tarda el envio', reason: 'not_helpful' }),
      read('n', 6_000, 'reparacion-plazo', 'cuanto tarda el envio'),
    ]);
    expect(h).toMatchObject({ questions: 1, unanswered: 1, resolved: false, reason: 'not_helpful' });
  });

  it('nothing read: unresolved; a search without a question is not a help session', () => {
    expect(helpSessions([search('f', 0, 'envios', 'answered', 'envios')])[0]).toMatchObject({ resolved: false, reason: 'nothing_read' });
    expect(helpSessions([read('g', 0, 'envios')])).toEqual([]);
  });

  it('a gap of more than 30 minutes starts another help session; coming back within a day with a problem unresolves the first', () => {
    const hs = helpSessions([
      search('h', 0, 'cambiar direccion', 'answered', 'direccion'),
      read('h', 2_000, 'direccion', 'cambiar direccion'),
      ev('h', HELP_SESSION_GAP_MS + 10_000, 'handoff_requested', { query: 'no me deja cambiar la direccion', reason: 'asked_human' }),
    ]);
    expect(hs.map((h) => [h.resolved, h.reason])).toEqual([[false, 'came_back'], [false, 'asked_human']]);
  });
});

describe('answeredWrongly', () => {
  const s = search('x', 0, 'envio gratis', 'answered', 'gastos-envio');
  it('judges by what followed: Yes, No, a rephrase elsewhere, or nothing yet', () => {
    expect(answeredWrongly(s, [ev('x', 1, 'feedback', { entry: 'gastos-envio', helpful: 1 })])).toBe(false);
    expect(answeredWrongly(s, [ev('x', 1, 'feedback', { entry: 'gastos-envio', helpful: 0 })])).toBe(true);
    expect(answeredWrongly(s, [search('x', 1, 'envio sin coste', 'answered', 'gastos-envio')])).toBeUndefined();
    expect(answeredWrongly(s, [search('x', 1, 'cuanto cuesta enviar', 'answered', 'plazos')])).toBe(true);
    expect(answeredWrongly(s, [read('x', 1, 'gastos-envio')])).toBe(false);
    expect(answeredWrongly(s, [])).toBeUndefined();
  });
});
