import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import type { PanelEvent } from '../core/contract.ts';
import type { SearchEngine } from '../search/engine.ts';
import { fixtureEngine } from './__fixtures__/fixture-engine.ts';
import { createReporter, SETTLE_MS, type Reporter } from './reporter.ts';

let engine: SearchEngine;
let events: PanelEvent[];
let reporter: Reporter;
beforeAll(async () => {
  engine = await fixtureEngine();
});
beforeEach(() => {
  vi.useFakeTimers();
  events = [];
  reporter = createReporter((e) => events.push(e));
});
afterEach(() => {
  vi.useRealTimers();
});

/** Type `text` one character at a time, 120 ms apart, after `before` (typed already). */
const type = (text: string, before = '') => {
  for (let i = 1; i <= text.length; i++) {
    reporter.typed(engine.search(before + text.slice(0, i), { locale: 'es' }));
    vi.advanceTimersByTime(120);
  }
};
const types = () => events.map((e) => e.type);
const queries = () => events.flatMap((e) => (e.type === 'search' ? [e.result.query] : []));

describe('search', () => {
  test('one event per settled query, after a pause of SETTLE_MS', () => {
    type('donde esta mi pedido');
    expect(events).toEqual([]);
    vi.advanceTimersByTime(SETTLE_MS);
    expect(queries()).toEqual(['donde esta mi pedido']);
    vi.advanceTimersByTime(10 * SETTLE_MS);
    expect(events).toHaveLength(1);
  });

  test('each pause settles the query typed so far', () => {
    type('pedido');
    vi.advanceTimersByTime(SETTLE_MS);
    type(' cancelar', 'pedido');
    vi.advanceTimersByTime(SETTLE_MS);
    expect(queries()).toEqual(['pedido', 'pedido cancelar']);
  });

  test('leaving before the pause settles it at once', () => {
    type('cancelar pedio');
    reporter.opened('cancelar-pedido', 'cancelar pedio');
    expect(queries()).toEqual(['cancelar pedio']);
    vi.advanceTimersByTime(SETTLE_MS);
    expect(queries()).toEqual(['cancelar pedio']);
  });

  test('a cleared query is not reported, nor the same query twice in a row', () => {
    type('pedido');
    reporter.typed(undefined);
    vi.advanceTimersByTime(SETTLE_MS);
    expect(events).toEqual([]);
    type('pedido');
    vi.advanceTimersByTime(SETTLE_MS);
    reporter.typed(engine.search('pedido ', { locale: 'es' }));
    vi.advanceTimersByTime(SETTLE_MS);
    expect(queries()).toEqual(['pedido']);
  });
});

describe('after a hand-off', () => {
  test('closing help is not giving up: the customer asked a person', () => {
    type('quiero hablar con alguien');
    reporter.flush();
    reporter.handedOff();
    reporter.closed();
    expect(types()).toEqual(['search']);
  });
});

describe('quick rephrases', () => {
  /** Backspace from `text` down to `to`, `ms` apart. */
  const erase = (text: string, to: string, ms: number) => {
    for (let n = text.length - 1; n >= to.length; n--) {
      reporter.typed(n ? engine.search(text.slice(0, n), { locale: 'es' }) : undefined);
      vi.advanceTimersByTime(ms);
    }
  };

  test('a wording that found nothing, on screen for 0.7 s, then rewritten, is reported at once', () => {
    type('abris los domingos');
    vi.advanceTimersByTime(700);
    erase('abris los domingos', '', 40);
    expect(queries()).toEqual([]);
    type('horario del domingo');
    expect(queries()).toEqual(['abris los domingos']);
    vi.advanceTimersByTime(SETTLE_MS);
    expect(queries()).toEqual(['abris los domingos', 'horario del domingo']);
  });

  test('backspacing slowly through it still reports the whole wording, once', () => {
    type('pizza con piña');
    vi.advanceTimersByTime(400);
    erase('pizza con piña', 'pizza ', 400);
    type('hawaiana', 'pizza ');
    vi.advanceTimersByTime(SETTLE_MS);
    expect(queries()).toEqual(['pizza con piña', 'pizza hawaiana']);
  });

  test('a typo fixed while typing is not a question of its own, nor a wording continued', () => {
    type('tarjeta regalq');
    erase('tarjeta regalq', 'tarjeta regal', 60);
    type('o', 'tarjeta regal');
    vi.advanceTimersByTime(400);
    type(' de cumpleaños', 'tarjeta regalo');
    vi.advanceTimersByTime(SETTLE_MS);
    expect(queries()).toEqual(['tarjeta regalo de cumpleaños']);
  });

  test('cleared and help closed: the wording that was on screen is the question', () => {
    type('abris los domingos');
    vi.advanceTimersByTime(700);
    reporter.typed(undefined);
    reporter.closed();
    expect(queries()).toEqual(['abris los domingos']);
  });
});

describe('answer_read', () => {
  test('reports the time spent when the answer is left', () => {
    reporter.opened('seguir-pedido', 'pedido');
    vi.advanceTimersByTime(4200);
    reporter.left();
    expect(events).toEqual([{ type: 'answer_read', entryId: 'seguir-pedido', query: 'pedido', ms: 4200 }]);
  });

  test('opening a related entry leaves the first one', () => {
    reporter.opened('seguir-pedido', 'pedido');
    vi.advanceTimersByTime(1000);
    reporter.opened('plazos-envio', 'pedido');
    vi.advanceTimersByTime(2000);
    reporter.closed();
    expect(events).toEqual([
      { type: 'answer_read', entryId: 'seguir-pedido', query: 'pedido', ms: 1000 },
      { type: 'answer_read', entryId: 'plazos-envio', query: 'pedido', ms: 2000 },
    ]);
  });
});

describe('feedback', () => {
  test('Yes is reported at once', () => {
    reporter.helpful('seguir-pedido', 'pedido', true);
    expect(events).toEqual([{ type: 'feedback', entryId: 'seguir-pedido', helpful: true, query: 'pedido' }]);
  });

  test('No is reported with its comment on Send', () => {
    reporter.helpful('seguir-pedido', 'pedido', false);
    expect(events).toEqual([]);
    reporter.comment('  No dice cuánto tarda  ');
    expect(events).toEqual([{ type: 'feedback', entryId: 'seguir-pedido', helpful: false, query: 'pedido', comment: 'No dice cuánto tarda' }]);
  });

  test('No without Send is reported, without a comment, when the answer is left', () => {
    reporter.opened('seguir-pedido', 'pedido');
    reporter.helpful('seguir-pedido', 'pedido', false);
    reporter.left();
    expect(types()).toEqual(['feedback', 'answer_read']);
    expect(events[0]).toEqual({ type: 'feedback', entryId: 'seguir-pedido', helpful: false, query: 'pedido' });
  });
});

describe('gave_up', () => {
  test('closing after a search that found nothing', () => {
    type('pizza con piña');
    reporter.closed();
    expect(types()).toEqual(['search', 'gave_up']);
    expect(events[1]).toMatchObject({ type: 'gave_up', query: 'pizza con piña', result: { decision: 'none' } });
  });

  test('closing after a weak search, even with the query cleared since', () => {
    type('devolucion de un regalo de cumpleaños');
    vi.advanceTimersByTime(SETTLE_MS);
    reporter.typed(undefined);
    reporter.closed();
    expect(events.at(-1)).toMatchObject({ type: 'gave_up', query: 'devolucion de un regalo de cumpleaños', result: { decision: 'weak' } });
  });

  test('not when an answer was opened after the search, nor after an answered one, nor twice', () => {
    type('pizza');
    reporter.opened('plazos-envio', 'pizza');
    reporter.closed();
    type('donde esta mi pedido');
    reporter.closed();
    reporter.closed();
    expect(types()).not.toContain('gave_up');
  });
});

test('flush (the page is going away) reports the pending search and the answer being read, not gave_up', () => {
  type('pizza');
  reporter.opened('plazos-envio', 'pizza');
  vi.advanceTimersByTime(500);
  type('pizza con piña');
  reporter.flush();
  expect(types()).toEqual(['search', 'search', 'answer_read']);
});
