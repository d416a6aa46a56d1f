/**
 * Colour math for the brand colour (WCAG 2.x): relative luminance, contrast
 * ratio, black or white text for a background, and a brand colour darkened or
 * lightened until it reaches a contrast ratio. Pure: no DOM.
 *
 * @example
 *   readableText('#ffcc00');                  // '#000000'
 *   ensureContrast('#ffcc00', '#ffffff', 4.5); // a darker yellow usable as text on white
 */

type Rgb = [number, number, number];

/** "#rgb" or "#rrggbb" (any case) → [r, g, b] in 0..255; undefined for anything else. */
export function parseHex(color: string): Rgb | undefined {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return undefined;
  const hex = m[1]!.length === 3 ? m[1]!.replace(/./g, '$&$&') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

/** "#ABC" → "#aabbcc"; undefined when `color` is not a hex colour. */
export function normalizeHex(color: string): string | undefined {
  const rgb = parseHex(color);
  return rgb && toHex(rgb);
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}


/** WCAG relative luminance of a hex colour, in [0, 1]. */
export function relativeLuminance(color: string): number {
  // A TypeError for anything but a hex colour (callers pass normalized ones).
  const [r, g, b] = parseHex(color)!.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two hex colours, in [1, 21]. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Black or white, whichever contrasts more with `bg` (always at least 4.58:1). */
export function readableText(bg: string): '#000000' | '#ffffff' {
  return contrastRatio(bg, '#000000') >= contrastRatio(bg, '#ffffff') ? '#000000' : '#ffffff';
}

/**
 * `fg` if it already reaches `ratio` against `bg`; otherwise `fg` mixed with
 * black (on a light `bg`) or white (on a dark `bg`), as little as needed.
 * Returns lower-case "#rrggbb".
 */
export function ensureContrast(fg: string, bg: string, ratio = 4.5): string {
  const rgb = parseHex(fg)!;
  if (contrastRatio(toHex(rgb), bg) >= ratio) return toHex(rgb);
  const target = readableText(bg) === '#000000' ? 0 : 255;
  const mix = (t: number): string => toHex(rgb.map((c) => c + (target - c) * t) as Rgb);
  // In steps of 1%: at most 100 tries, the first that reaches the ratio.
  let t = 0;
  while (t < 1 && contrastRatio(mix(t), bg) < ratio) t += 0.01;
  return mix(Math.min(t, 1));
}
