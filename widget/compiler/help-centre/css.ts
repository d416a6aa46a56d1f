/** `help.css` in the site's colour. */
import { ensureContrast, normalizeHex, readableText } from '../../src/core/contrast.ts';
import { DEFAULT_COLOR } from '../../src/core/theme-css.ts';

/** The colour as CSS: background, text on it, and the colour as text on white (links, focus). */
export function colours(color: string | undefined): { brand: string; onBrand: string; accent: string } {
  const brand = (color && normalizeHex(color)) || DEFAULT_COLOR;
  return { brand, onBrand: readableText(brand), accent: ensureContrast(brand, '#ffffff', 4.5) };
}

/** `help.css`: the pages' only styles (no inline style, so a strict CSP serves them as they are). */
export function helpCentreCss(color?: string): string {
  const { brand, onBrand, accent } = colours(color);
  return `:root{--brand:${brand};--on-brand:${onBrand};--accent:${accent};color:#1f2937;background:#fff;font:1rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
*{box-sizing:border-box}
body{margin:0}
a{color:var(--accent);text-underline-offset:.15em}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.skip{position:absolute;left:.5rem;top:-3rem;padding:.5rem .75rem;background:#fff;color:var(--accent);z-index:1}
.skip:focus{top:.5rem}
.top{display:flex;flex-wrap:wrap;align-items:center;gap:1rem;justify-content:space-between;padding:.75rem max(1rem,calc(50% - 24rem));background:var(--brand);color:var(--on-brand)}
.top a{color:inherit}
.top :focus-visible{outline-color:currentColor}
.home{font-weight:650;font-size:1.125rem;text-decoration:none}
.top ul{display:flex;gap:1rem;margin:0;padding:0;list-style:none}
main{max-width:48rem;margin:0 auto;padding:1.5rem 1rem 3rem}
h1{font-size:1.75rem;line-height:1.25;margin:.5rem 0 1rem}
h2{font-size:1.25rem;margin:2rem 0 .5rem}
.answer{overflow-wrap:anywhere}
.answer img{max-width:100%;height:auto}
.answer :is(pre,table){display:block;overflow-x:auto}
.entries{padding-inline-start:1.25rem}
.entries li{margin:.375rem 0}
ayuda-help{display:block;margin:1rem 0 2rem}
`;
}
