import { describe, expect, it } from 'vitest';
import { floatNear } from './float-near.ts';

const view = { width: 1280, height: 800 };
const panel = { width: 400, height: 500 };
const box = (left: number, top: number, w = 56, h = 56) => ({ left, top, right: left + w, bottom: top + h });

describe('floatNear', () => {
  it('sits above a launcher in the bottom-right corner, end edges aligned', () => {
    const launcher = box(1200, 720);
    expect(floatNear(launcher, panel, view)).toEqual({ x: 1256 - 400, y: 720 - 12 - 500 });
  });

  it('goes below a trigger near the top of the page', () => {
    expect(floatNear(box(600, 40, 120, 40), panel, view)).toEqual({ x: 720 - 400, y: 80 + 12 });
  });

  it('slides into the viewport when neither side has room (a trigger mid-page)', () => {
    const { y } = floatNear(box(600, 380, 120, 40), panel, view);
    expect(y).toBeGreaterThanOrEqual(8);
    expect(y + panel.height).toBeLessThanOrEqual(800 - 8);
  });

  it('never leaves the left edge', () => {
    expect(floatNear(box(10, 700, 100, 40), panel, view).x).toBe(8);
  });

  it('aligns to the start edge in right-to-left pages', () => {
    expect(floatNear(box(100, 720), panel, view, true).x).toBe(100);
  });
});
