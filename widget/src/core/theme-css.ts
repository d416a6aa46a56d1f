import { warn } from './warn.ts';

export const DEFAULT_COLOR = '#1d4ed8';

/**
 * CSS custom properties for the brand colour, on `:host` (the core's host and
 * `<ayuda-help>`; the panel's styles use them too):
 * `--ayuda-brand` (backgrounds), `--ayuda-on-brand` (black or white text on
 * it, whichever contrasts more: at least 4.58:1), `--ayuda-brand-text` (the
 * brand darkened until 4.5:1 on white, for text, links and focus rings on the
 * white panel). An invalid colour is reported and replaced by the default.
 *
 * The WCAG 2.x math in the few bytes every page view pays (./contrast.ts
 * has the general form, for the build): black text wins when the relative
 * luminance L ≥ √0.0525 − 0.05 ≈ 0.1791, and a colour reaches 4.5:1 on white
 * when L ≤ 1.05 / 4.5 − 0.05 ≈ 0.1833 (the brand is scaled down until L ≤ 0.18).
 */
export function themeCss(color: string | undefined): string {
  let hex = /^#?((?:[\da-f]{3}){1,2})$/i.exec(color?.trim() ?? '')?.[1];
  if (color && !hex) warn(`color ignored (#rgb or #rrggbb): ${color}`);
  hex = hex?.length == 3 ? hex.replace(/./g, '$&$&') : hex ?? DEFAULT_COLOR.slice(1);
  const n = parseInt(hex, 16);
  const rgb = [n >> 16, (n >> 8) & 255, n & 255];
  const css = (k: number): string => '#' + rgb.reduce((v, c) => (v << 8) | Math.round(c * k), 1).toString(16).slice(1);
  /** Relative luminance of the brand scaled by k, as rounded to a hex colour. */
  const lum = (k: number): number =>
    rgb.reduce((sum, c, i) => ((c = Math.round(c * k) / 255), sum + [0.2126, 0.7152, 0.0722][i]! * (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)), 0);
  let k = 1;
  while (lum(k) > 0.18) k -= 0.01;
  return `:host{--ayuda-brand:${css(1)};--ayuda-on-brand:${lum(1) < 0.1791 ? '#ffffff' : '#000000'};--ayuda-brand-text:${css(k)}}`;
}
