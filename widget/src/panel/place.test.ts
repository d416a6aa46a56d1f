// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { place } from './place.ts';

/** A window whose size, width class and visual viewport the test controls. */
function fakeWindow(narrow: boolean) {
  const media = Object.assign(new EventTarget(), { matches: narrow });
  const visualViewport = Object.assign(new EventTarget(), { height: 700, offsetTop: 0 });
  const events = new EventTarget();
  const win = Object.assign(events, {
    matchMedia: () => media,
    visualViewport,
    innerWidth: 1280,
    innerHeight: 800,
    getComputedStyle: (el: Element) => window.getComputedStyle(el),
  }) as unknown as Window;
  const resize = (height: number, offsetTop = 0) => {
    Object.assign(visualViewport, { height, offsetTop });
    visualViewport.dispatchEvent(new Event('resize'));
  };
  const setNarrow = (value: boolean) => {
    media.matches = value;
    media.dispatchEvent(new Event('change'));
  };
  return { win, resize, setNarrow, events };
}

const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
const sized = (el: HTMLElement, left: number, top: number, width: number, height: number) => {
  el.getBoundingClientRect = () => ({ left, top, right: left + width, bottom: top + height, width, height, x: left, y: top, toJSON: () => ({}) });
  return el;
};

describe('on a phone (≤ 480 px)', () => {
  test('a sheet whose height follows the visual viewport, so the keyboard never covers it', () => {
    const { win, resize } = fakeWindow(true);
    const el = document.createElement('div');
    const stop = place(el, document.createElement('button'), win);
    expect(el.style.getPropertyValue('--ay-vh')).toBe('700px');
    resize(380, 12);
    expect(el.style.getPropertyValue('--ay-vh')).toBe('380px');
    expect(el.style.getPropertyValue('--ay-vt')).toBe('12px');
    expect(el.style.top).toBe('');
    stop();
    resize(700);
    expect(el.style.getPropertyValue('--ay-vh')).toBe('380px');
  });
});

describe('on a wide screen', () => {
  test('floats above the anchor, end edges aligned, and follows it when the page scrolls', async () => {
    const { win, events } = fakeWindow(false);
    const el = sized(document.createElement('div'), 0, 0, 400, 500);
    const anchor = sized(document.createElement('button'), 1200, 720, 56, 56);
    const stop = place(el, anchor, win);
    await frame();
    expect([el.style.left, el.style.top]).toEqual(['856px', '208px']);
    sized(anchor, 1200, 600, 56, 56);
    events.dispatchEvent(new Event('scroll'));
    await frame();
    expect(el.style.top).toBe('88px');
    stop();
    sized(anchor, 1200, 700, 56, 56);
    events.dispatchEvent(new Event('scroll'));
    await frame();
    expect(el.style.top).toBe('88px');
  });

  test('turning into a phone-sized window switches to the sheet', async () => {
    const { win, setNarrow } = fakeWindow(false);
    const el = sized(document.createElement('div'), 0, 0, 400, 500);
    const stop = place(el, sized(document.createElement('button'), 1200, 720, 56, 56), win);
    await frame();
    setNarrow(true);
    expect([el.style.left, el.style.top]).toEqual(['', '']);
    expect(el.style.getPropertyValue('--ay-vh')).toBe('700px');
    stop();
  });

  test('without an anchor it stays in its corner (CSS)', async () => {
    const { win } = fakeWindow(false);
    const el = document.createElement('div');
    place(el, undefined, win)();
    await frame();
    expect([el.style.left, el.style.top]).toEqual(['', '']);
  });
});
