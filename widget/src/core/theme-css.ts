import { ensureContrast, normalizeHex, readableText } from './contrast.ts';
import { warn } from './warn.ts';

export const DEFAULT_COLOR = '#1d4ed8';

/**
 * CSS custom properties for the brand colour, on `:host` (the core's host and
 * `<ayuda-help>`; the panel's styles use them too):
 * `--ayuda-brand` (backgrounds), `--ayuda-on-brand` (black or white text on
 * it, AA), `--ayuda-brand-text` (the brand darkened until 4.5:1 on white, for
 * text, links and focus rings on the white panel). An invalid colour is
 * reported and replaced by the default.
 */
export function themeCss(color: string | undefined): string {
  const hex = color ? normalizeHex(color) : undefined;
  if (color && !hex) warn(`color ignored (#rgb or #rrggbb): ${color}`);
  const brand = hex ?? DEFAULT_COLOR;
  return `:host{--ayuda-brand:${brand};--ayuda-on-brand:${readableText(brand)};--ayuda-brand-text:${ensureContrast(brand, '#ffffff', 4.5)}}`;
}
