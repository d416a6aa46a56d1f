// @vitest-environment happy-dom
/**
 * Answers apart from the index: the panel ranks with a part that names each
 * answer's chunk, and fetches the chunk when the answer is opened (Loading…,
 * then the answer), or before, while the customer reads the first results;
 * a failed fetch shows an error with Try again.
 */
import { fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { splitAnswers } from '../../compiler/answer-chunks.ts';
import { splitByLocale } from '../../compiler/write-faq-index.ts';
import { createSearchEngine } from '../search/engine.ts';
import type { FaqIndex } from '../search/index-format.ts';
import { forgetAnswers, loadAnswer } from './answers.ts';
import { fixtureIndex } from './__fixtures__/fixture-engine.ts';
import { type, usePanelPage } from './__fixtures__/panel-page.ts';

const { mount } = usePanelPage();
const BASE = 'https://cdn.example/ayuda/';
const index = { es: `${BASE}faq-index.es.12345678.json` };

/** The Spanish part without its answers, and its chunks as the server has them. */
async function split() {
  const es = splitByLocale(await fixtureIndex()).find((p) => p.locales[0]!.locale === 'es')!;
  const { part, chunks } = splitAnswers(es, 300);
  return { part, files: new Map(chunks.map((c) => [BASE + c.name, c.bytes.toString()])) };
}

/** A server whose answers arrive when the test says (`release`), or fail while `down`. */
function server(files: Map<string, string>) {
  const held: (() => void)[] = [];
  const s = {
    down: false,
    hold: false,
    fetch: vi.fn(async (url: string) => {
      if (s.hold) await new Promise<void>((r) => held.push(r));
      return s.down ? new Response('', { status: 503 }) : new Response(files.get(url) ?? '', { status: files.has(url) ? 200 : 404 });
    }),
    release: () => held.splice(0).forEach((r) => r()),
  };
  return s;
}

let part: FaqIndex;
let files: Map<string, string>;
let srv: ReturnType<typeof server>;
beforeEach(async () => {
  ({ part, files } = await split());
  srv = server(files);
  vi.stubGlobal('fetch', srv.fetch);
});
afterEach(() => {
  vi.unstubAllGlobals();
  forgetAnswers();
});

const mountSplit = () => mount({ engine: createSearchEngine(part), options: { index } });
const chunkOf = (id: string) => BASE + part.entries.find((e) => e.id === id)!.answers!;
const fetched = () => srv.fetch.mock.calls.map(([url]) => url);

describe('answers in chunks', () => {
  test('an answer opened before its chunk arrived: Loading…, then the answer, its chunk fetched once', async () => {
    srv.hold = true;
    const p = await mountSplit();
    p.open();
    type(p, 'cancelar pedido');
    // Typing has not paused yet: no answer fetched.
    expect(fetched()).toEqual([]);
    fireEvent.click(p.ui.getAllByRole('option')[0]!);
    expect(p.focused()).toBe(p.ui.getByRole('heading', { name: '¿Cómo cancelo un pedido?' }));
    expect(p.ui.getByRole('status').textContent).toBe('Cargando…');
    expect(p.ui.queryByRole('group', { name: '¿Te ha servido esta respuesta?' })).toBeNull();
    expect(fetched()).toEqual([chunkOf('cancelar-pedido')]);
    expect(srv.fetch).toHaveBeenCalledWith(chunkOf('cancelar-pedido'), { credentials: 'omit' });
    srv.release();
    await waitFor(() => expect(p.container.querySelector('.ay-answer strong')?.textContent).toBe('Recibido'));
    expect(p.ui.queryByRole('status')).toBeNull();
    p.ui.getByRole('group', { name: '¿Te ha servido esta respuesta?' });
    // Back and again: no second request.
    fireEvent.click(p.ui.getByRole('button', { name: 'Volver' }));
    fireEvent.click(p.ui.getAllByRole('option')[0]!);
    expect(p.container.querySelector('.ay-answer strong')?.textContent).toBe('Recibido');
    expect(fetched().filter((u) => u === chunkOf('cancelar-pedido'))).toHaveLength(1);
  });

  test('the first results’ chunks are fetched while the customer reads the list: opening one shows its answer at once', async () => {
    const p = await mountSplit();
    p.open();
    type(p, 'pedido');
    const first = p.ui.getAllByRole('option').slice(0, 3).map((o) => o.textContent!);
    const ids = first.map((q) => part.entries.find((e) => q.startsWith(e.question))!.id);
    await waitFor(() => expect(new Set(fetched())).toEqual(new Set(ids.map(chunkOf))));
    await Promise.all(ids.map((id) => loadAnswer(index, part.entries.find((e) => e.id === id)!)));
    fireEvent.click(p.ui.getAllByRole('option')[1]!);
    expect(p.ui.queryByRole('status')).toBeNull();
    expect(p.container.querySelector('.ay-answer')?.textContent?.length).toBeGreaterThan(0);
  });

  test('a chunk that cannot be fetched: an error and Try again, which fetches it again', async () => {
    srv.down = true;
    const p = await mountSplit();
    p.open();
    type(p, 'cancelar pedido');
    fireEvent.click(p.ui.getAllByRole('option')[0]!);
    const alert = await p.ui.findByRole('alert');
    expect(alert.textContent).toContain('No se ha podido cargar la respuesta.');
    srv.down = false;
    fireEvent.click(p.ui.getByRole('button', { name: 'Reintentar' }));
    await waitFor(() => expect(p.container.querySelector('.ay-answer strong')?.textContent).toBe('Recibido'));
    expect(p.ui.queryByRole('alert')).toBeNull();
    expect(fetched().filter((u) => u === chunkOf('cancelar-pedido')).length).toBeGreaterThanOrEqual(2);
  });
});
