import { afterEach, describe, expect, it, vi } from 'vitest';
import { contrastRatio } from './contrast.ts';
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
});
