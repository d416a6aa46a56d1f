// @vitest-environment happy-dom
/** The core's side of recording: when the outbox chunk is loaded and started, and what reaches it. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Outbox } from '../outbox/contract.ts';
import type { Ayuda, AyudaOptions, OutboxModule, PanelEvent, RecordingConfig } from './contract.ts';
import { createAyuda } from './create-ayuda.ts';
import { FAKE_INDEX, fakePanel, flush } from './__fixtures__/fake-panel.ts';

const COLLECTOR = { collector: 'https://c.example', site: 'demo' };
const search: PanelEvent = { type: 'search', result: { query: 'factura', locale: 'es', decision: 'none', confidence: 0, hits: [] } };

function fakeOutboxChunk() {
  const recorded: [PanelEvent, number][] = [];
  const outbox = { add: vi.fn(), flush: vi.fn(), pending: vi.fn(), onDelivered: vi.fn() } as unknown as Outbox;
  const configs: RecordingConfig[] = [];
  const module: OutboxModule = {
    startRecording: vi.fn((config: RecordingConfig) => {
      configs.push(config);
      return { record: (event: PanelEvent, at: number) => void recorded.push([event, at]), outbox };
    }),
  };
  return { loader: vi.fn(async () => module), module, recorded, configs, outbox };
}

let instances: Ayuda[] = [];
let idle: (() => void)[] = [];
function make(options: Partial<AyudaOptions>, chunk = fakeOutboxChunk()) {
  const panel = fakePanel();
  const ayuda = createAyuda({ index: FAKE_INDEX, lang: 'es', ...options }, panel.loader, chunk.loader);
  instances.push(ayuda);
  return { ayuda, panel, chunk };
}

beforeEach(() => {
  idle = [];
  vi.stubGlobal('requestIdleCallback', vi.fn((fn: () => void) => idle.push(fn)));
  vi.stubGlobal('cancelIdleCallback', vi.fn());
});
afterEach(() => {
  for (const a of instances) a.destroy();
  instances = [];
  localStorage.clear();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('recording', () => {
  it('loads the outbox chunk with the panel, and records each panel event with the time it happened', async () => {
    vi.useFakeTimers({ now: Date.UTC(2025, 0, 1), toFake: ['Date'] });
    const { ayuda, panel, chunk } = make({ ...COLLECTOR, keepParams: 'step' });
    expect(chunk.loader).not.toHaveBeenCalled();
    await ayuda.open();
    expect(chunk.loader).toHaveBeenCalledTimes(1);
    panel.contexts[0]!.emit(search);
    await flush();
    expect(chunk.configs).toEqual([expect.objectContaining({ ...COLLECTOR, lang: 'es', keepParams: 'step' })]);
    expect(chunk.recorded).toEqual([[search, Date.UTC(2025, 0, 1)]]);
    vi.useRealTimers();
  });

  it('loads nothing without a collector or a site key, and events still reach on() listeners', async () => {
    for (const options of [{}, { collector: 'https://c.example' }, { site: 'demo' }]) {
      const { ayuda, panel, chunk } = make(options);
      const seen = vi.fn();
      ayuda.on('search', seen);
      await ayuda.open();
      panel.contexts[0]!.emit(search);
      await flush();
      expect(chunk.loader).not.toHaveBeenCalled();
      expect(seen).toHaveBeenCalledTimes(1);
      expect(await panel.contexts[0]!.outbox!()).toBeUndefined();
      ayuda.destroy();
    }
  });

  it('with data-consent, records nothing until consent is granted, and nothing after it is withdrawn', async () => {
    const { ayuda, panel, chunk } = make({ ...COLLECTOR, consent: true });
    await ayuda.open();
    const emit = panel.contexts[0]!.emit;
    emit(search);
    await flush();
    expect(chunk.recorded).toEqual([]);
    ayuda.consent!(true);
    emit({ type: 'gave_up', query: 'factura' });
    ayuda.consent!(false);
    emit({ type: 'gave_up', query: 'otra' });
    await flush();
    expect(chunk.recorded.map(([e]) => e)).toEqual([{ type: 'gave_up', query: 'factura' }]);
  });

  it('at idle, loads the chunk only when a previous page left items pending', async () => {
    const quiet = make(COLLECTOR);
    idle.forEach((fn) => fn());
    await flush();
    expect(quiet.chunk.loader).not.toHaveBeenCalled();
    quiet.ayuda.destroy();

    localStorage.setItem('ayuda-pending:demo', '1');
    idle = [];
    const pending = make(COLLECTOR);
    expect(pending.chunk.loader).not.toHaveBeenCalled();
    idle.forEach((fn) => fn());
    await flush();
    expect(pending.chunk.module.startRecording).toHaveBeenCalledTimes(1);
    expect(pending.panel.loader).not.toHaveBeenCalled();
  });

  it('gives the panel the outbox (for hand-offs)', async () => {
    const { ayuda, panel, chunk } = make(COLLECTOR);
    await ayuda.open();
    expect(await panel.contexts[0]!.outbox!()).toBe(chunk.outbox);
  });

  it('reports a chunk that fails to load once per attempt, and tries again on the next event', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const chunk = fakeOutboxChunk();
    const real = chunk.loader.getMockImplementation()!;
    chunk.loader.mockImplementationOnce(() => Promise.reject(new Error('offline')));
    const { ayuda, panel } = make(COLLECTOR, chunk);
    await ayuda.open();
    await flush();
    expect(warn).toHaveBeenCalledTimes(1);
    chunk.loader.mockImplementation(real);
    panel.contexts[0]!.emit(search);
    await flush();
    expect(chunk.recorded).toHaveLength(1);
  });
});
