// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { loadFloating, place, REVEAL_MS } from './place.ts';

const floating = vi.hoisted(() => ({ stop: vi.fn(), update: undefined as undefined | (() => void) }));
vi.mock('@floating-ui/dom', async (original) => {
  const real = await original<typeof import('@floating-ui/dom')>();
  return {
    ...real,
    autoUpdate: vi.fn((_anchor: Element, _panel: HTMLElement, update: () => void) => {
      floating.update = update;
      update();
      return floating.stop;
    }),
    computePosition: vi.fn(async () => ({ x: 100, y: 40, placement: 'top-end', strategy: 'fixed', middlewareData: {} })),
  };
});
const { autoUpdate, computePosition } = await import('@floating-ui/dom');

/** A window whose width and visual viewport the test controls. */
function fakeWindow(narrow: boolean) {
  const media = Object.assign(new EventTarget(), { matches: narrow });
  const visualViewport = Object.assign(new EventTarget(), { height: 700, offsetTop: 0 });
  const win = { matchMedia: () => media, visualViewport } as unknown as Window;
  const resize = (height: number, offsetTop = 0) => {
    Object.assign(visualViewport, { height, offsetTop });
    visualViewport.dispatchEvent(new Event('resize'));
  };
  const setNarrow = (value: boolean) => {
    media.matches = value;
    media.dispatchEvent(new Event('change'));
  };
  return { win, resize, setNarrow };
}

const panel = () => document.createElement('div');
/** Floating UI loaded and the first position applied. */
const flush = async () => {
  await loadFloating();
  await new Promise((r) => setTimeout(r, 0));
};

afterEach(() => {
  vi.clearAllMocks();
});

describe('on a phone (≤ 480 px)', () => {
  test('a sheet whose height follows the visual viewport, so the keyboard never covers it', () => {
    const { win, resize } = fakeWindow(true);
    const el = panel();
    const stop = place(el, document.createElement('button'), win);
    expect(el.style.getPropertyValue('--ay-vh')).toBe('700px');
    resize(380, 12);
    expect(el.style.getPropertyValue('--ay-vh')).toBe('380px');
    expect(el.style.getPropertyValue('--ay-vt')).toBe('12px');
    stop();
    resize(700);
    expect(el.style.getPropertyValue('--ay-vh')).toBe('380px');
    expect(autoUpdate).not.toHaveBeenCalled();
  });
});

describe('on a wide screen', () => {
  test('floats next to the anchor with offset, flip and shift, kept there until closed', async () => {
    const { win } = fakeWindow(false);
    const el = panel();
    const anchor = document.createElement('button');
    const stop = place(el, anchor, win);
    expect(el.style.opacity).toBe('0');
    await flush();
    expect(autoUpdate).toHaveBeenCalledWith(anchor, el, expect.any(Function));
    const [, , config] = vi.mocked(computePosition).mock.calls[0]!;
    expect(config?.strategy).toBe('fixed');
    expect(config?.middleware?.map((m) => m && m.name)).toEqual(['offset', 'flip', 'shift']);
    expect([el.style.left, el.style.top, el.style.opacity]).toEqual(['100px', '40px', '']);
    stop();
    expect(floating.stop).toHaveBeenCalledOnce();
  });

  test('turning into a phone-sized window switches to the sheet', async () => {
    const { win, setNarrow } = fakeWindow(false);
    const el = panel();
    const stop = place(el, document.createElement('button'), win);
    await flush();
    setNarrow(true);
    expect(floating.stop).toHaveBeenCalledOnce();
    expect([el.style.left, el.style.top]).toEqual(['', '']);
    expect(el.style.getPropertyValue('--ay-vh')).toBe('700px');
    stop();
  });

  test('without an anchor it stays in its corner (CSS) and loads nothing', async () => {
    const { win } = fakeWindow(false);
    const el = panel();
    place(el, undefined, win)();
    await flush();
    expect(autoUpdate).not.toHaveBeenCalled();
    expect(el.style.opacity).toBe('');
  });
});

test('if Floating UI is slow, the dialog shows in its corner anyway', async () => {
  vi.useFakeTimers();
  const { win } = fakeWindow(false);
  const el = panel();
  const stop = place(el, document.createElement('button'), win);
  expect(el.style.opacity).toBe('0');
  vi.advanceTimersByTime(REVEAL_MS);
  expect(el.style.opacity).toBe('');
  stop();
  vi.useRealTimers();
});
