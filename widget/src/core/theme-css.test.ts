import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contrastRatio, readableText } from './contrast.ts';
import { DEFAULT_COLOR, themeCss } from './theme-css.ts';

afterEach(() => vi.restoreAllMocks());
const vars = (css: string) => Object.fromEntries([...css.matchAll(/(--[\w-]+):(#[0-9a-f]{6})/g)].map((m) => [m[1], m[2]]));

describe('themeCss', () => {
  it('derives AA text colours from the brand colour', () => {
    const v = vars(themeCss('#FC0'));
    expect(v['--ayuda-brand']).toBe('#ffcc00');
    expect(v['--ayuda-on-brand']).toBe('#000000');
    expect(contrastRatio(v['--ayuda-brand-text']!, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
  it('uses the default colour, reporting a bad one (no CSS injection)', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(vars(themeCss(undefined))['--ayuda-brand']).toBe(DEFAULT_COLOR);
    const css = themeCss('red;}body{display:none');
    expect(vars(css)['--ayuda-brand']).toBe(DEFAULT_COLOR);
    expect(css).not.toContain('body');
    expect(warn).toHaveBeenCalledTimes(1);
  });
  it('holds for every colour: AA text on the brand, as ./contrast.ts chooses it, and brand text at 4.5:1 on white, the brand itself when it already is', () => {
    const hex = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);
    fc.assert(
      fc.property(hex, (brand) => {
        const v = vars(themeCss(brand));
        expect(v['--ayuda-brand']).toBe(brand);
        expect(contrastRatio(v['--ayuda-on-brand']!, brand)).toBeGreaterThanOrEqual(4.5);
        // Both choices reach 4.58:1 near the crossing; elsewhere it is the one that contrasts more.
        if (Math.abs(contrastRatio(brand, '#000000') - contrastRatio(brand, '#ffffff')) > 0.01) expect(v['--ayuda-on-brand']).toBe(readableText(brand));
        expect(contrastRatio(v['--ayuda-brand-text']!, '#ffffff')).toBeGreaterThanOrEqual(4.5);
        if (contrastRatio(brand, '#ffffff') >= 4.6) expect(v['--ayuda-brand-text']).toBe(brand);
      }),
      { numRuns: 2000 },
    );
  });
});
