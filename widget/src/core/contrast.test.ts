import { describe, expect, it } from 'vitest';
import { contrastRatio, ensureContrast, parseHex, readableText, relativeLuminance } from './contrast.ts';

describe('parseHex', () => {
  it('reads #rgb and #rrggbb in any case', () => {
    expect(parseHex('#fff')).toEqual([255, 255, 255]);
    expect(parseHex('#1D4ED8')).toEqual([29, 78, 216]);
    expect(parseHex(' 0a0b0c ')).toEqual([10, 11, 12]);
  });
  it('rejects anything else', () => {
    for (const bad of ['', 'red', '#ffff', '#12345g', 'rgb(0,0,0)', '#1234567']) expect(parseHex(bad)).toBeUndefined();
  });
});

describe('relativeLuminance', () => {
  it('is 0 for black, 1 for white, and matches WCAG for primaries', () => {
    expect(relativeLuminance('#000')).toBe(0);
    expect(relativeLuminance('#fff')).toBeCloseTo(1, 10);
    expect(relativeLuminance('#f00')).toBeCloseTo(0.2126, 4);
    expect(relativeLuminance('#0f0')).toBeCloseTo(0.7152, 4);
    expect(relativeLuminance('#808080')).toBeCloseTo(0.2159, 3);
  });
  it('throws on a non-hex colour', () => {
    expect(() => relativeLuminance('tomato')).toThrow(TypeError);
  });
});

describe('contrastRatio', () => {
  it('is 21 for black on white, 1 for a colour on itself, and symmetric', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 6);
    expect(contrastRatio('#123456', '#123456')).toBe(1);
    expect(contrastRatio('#767676', '#fff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#fff', '#767676')).toBe(contrastRatio('#767676', '#fff'));
  });
});

describe('readableText', () => {
  it('picks black on light and white on dark backgrounds', () => {
    expect(readableText('#ffffff')).toBe('#000000');
    expect(readableText('#ffcc00')).toBe('#000000');
    expect(readableText('#1d4ed8')).toBe('#ffffff');
    expect(readableText('#000000')).toBe('#ffffff');
  });
  it('always reaches AA (4.5:1) for every grey and a sweep of colours', () => {
    for (let v = 0; v < 256; v += 5) {
      const grey = `#${v.toString(16).padStart(2, '0').repeat(3)}`;
      expect(contrastRatio(grey, readableText(grey))).toBeGreaterThanOrEqual(4.5);
    }
    for (let h = 0; h < 0x1000; h += 37) {
      const c = `#${h.toString(16).padStart(3, '0')}`;
      expect(contrastRatio(c, readableText(c))).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('ensureContrast', () => {
  it('returns the colour unchanged (normalised) when it already passes', () => {
    expect(ensureContrast('#1D4ED8', '#ffffff')).toBe('#1d4ed8');
    expect(ensureContrast('#fff', '#000')).toBe('#ffffff');
  });
  it('darkens a light brand colour on white just enough to reach 4.5:1', () => {
    const fixed = ensureContrast('#ffcc00', '#ffffff', 4.5);
    expect(contrastRatio(fixed, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(fixed, '#ffffff')).toBeLessThan(4.7);
    const [r, g, b] = parseHex(fixed)!;
    expect(r).toBeGreaterThan(g); // still a yellow-orange hue, not black
    expect(b).toBe(0);
  });
  it('lightens a dark brand colour on a dark background', () => {
    const fixed = ensureContrast('#1d4ed8', '#111111', 4.5);
    expect(contrastRatio(fixed, '#111111')).toBeGreaterThanOrEqual(4.5);
    expect(relativeLuminance(fixed)).toBeGreaterThan(relativeLuminance('#1d4ed8'));
  });
  it('reaches the ratio for a sweep of colours on white and on black', () => {
    for (let h = 0; h < 0x1000; h += 53) {
      const c = `#${h.toString(16).padStart(3, '0')}`;
      expect(contrastRatio(ensureContrast(c, '#fff', 4.5), '#fff')).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(ensureContrast(c, '#000', 3), '#000')).toBeGreaterThanOrEqual(3);
    }
  });
});
