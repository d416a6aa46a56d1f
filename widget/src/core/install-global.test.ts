import { describe, expect, it, vi } from 'vitest';
import type { Ayuda } from './contract.ts';
import { installGlobal, type AyudaGlobal } from './install-global.ts';

function fakeAyuda() {
  return {
    open: vi.fn(async () => {}),
    close: vi.fn(),
    search: vi.fn(async (query: string) => ({ query, locale: 'es', decision: 'none' as const, confidence: 0, hits: [] })),
    identify: vi.fn(),
    on: vi.fn(() => () => {}),
    consent: vi.fn(),
    destroy: vi.fn(),
  } satisfies Ayuda;
}

/** The documented snippet, run against a fake window. */
function snippet(win: { ayuda?: AyudaGlobal }): AyudaGlobal {
  const ayuda: AyudaGlobal = function (this: unknown) {
    // eslint-disable-next-line prefer-rest-params
    (ayuda.q = ayuda.q || []).push(arguments);
  } as AyudaGlobal;
  win.ayuda = win.ayuda || ayuda;
  return win.ayuda;
}

describe('installGlobal', () => {
  it('replays the snippet queue in order, then runs calls at once', () => {
    const win: { ayuda?: AyudaGlobal } = {};
    const listener = () => {};
    snippet(win)('identify', { plan: 'pro' });
    win.ayuda!('on', 'search', listener);
    win.ayuda!('consent', true);
    win.ayuda!('open', 'devolución');
    const ayuda = fakeAyuda();
    const order: string[] = [];
    for (const k of Object.keys(ayuda) as (keyof typeof ayuda)[]) {
      const impl = ayuda[k].getMockImplementation() as (...a: unknown[]) => unknown;
      (ayuda[k] as ReturnType<typeof vi.fn>).mockImplementation((...a: unknown[]) => (order.push(k), impl?.(...a)));
    }
    const run = installGlobal(win, ayuda);
    expect(win.ayuda).toBe(run);
    expect(run.l).toBe(1);
    expect(order).toEqual(['identify', 'on', 'consent', 'open']);
    expect(ayuda.identify).toHaveBeenCalledWith({ plan: 'pro' });
    expect(ayuda.on).toHaveBeenCalledWith('search', listener);
    expect(ayuda.open).toHaveBeenCalledWith('devolución');
    win.ayuda!('close');
    expect(ayuda.close).toHaveBeenCalledTimes(1);
    expect(win.ayuda!('search', 'envío')).toBeInstanceOf(Promise);
  });

  it('works without a snippet, and reports unknown commands without calling anything', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const win: { ayuda?: AyudaGlobal } = {};
    const ayuda = fakeAyuda();
    installGlobal(win, ayuda)('toString');
    win.ayuda!('constructor');
    expect(warn).toHaveBeenCalledTimes(2);
    expect(String(warn.mock.calls[0]![0])).toBe('[ayuda] unknown command "toString"');
    warn.mockRestore();
  });
});
