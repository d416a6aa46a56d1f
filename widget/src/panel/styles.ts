/**
 * The panel's stylesheet, adopted into the shadow root (./adopt-sheet.ts).
 *
 * - `.ay-panel` starts from `all: initial`, so nothing inheritable from the
 *   host page (fonts, colours, line height, letter spacing, text alignment)
 *   crosses the shadow boundary; then it sets its own.
 * - Brand colours come from the core's theme on `:host` (core/theme-css.ts:
 *   `--ayuda-brand`, `--ayuda-on-brand` = black or white for AA, and
 *   `--ayuda-brand-text` = the brand darkened to 4.5:1 on white, used for
 *   links, focus rings and the active option). `all` does not reset custom
 *   properties, so they still inherit; the fallbacks are the default theme.
 * - The dialog is a full-screen sheet on small viewports: ≤ 480 px wide
 *   (phones) or high (landscape phones, 200% zoom on a laptop).
 * - The search box stays in view (sticky) while the list scrolls.
 * - Sizes in em from a root size of 1rem kept between 16px (inputs under
 *   16px make iOS zoom in) and 20px (a page may set a huge root size), so
 *   browser zoom and a larger default text size work, and
 *   200% zoom reflows without horizontal scrolling.
 * - Resets use :where() (no specificity), so the rules after them win.
 * - The opening animation moves, never fades: text is at full contrast from
 *   the first frame.
 * - Logical properties (margin-inline-start...) so `dir="rtl"` mirrors it.
 * - Greys on white: #1f2937 text (14.7:1), #4b5563 secondary (7.6:1),
 *   #6b7280 control borders (4.8:1, above the 3:1 for UI components).
 */
export const PANEL_CSS = `
.ay-panel{all:initial;display:flex;flex-direction:column;box-sizing:border-box;overflow:hidden;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:clamp(16px,1rem,20px);line-height:1.5;color:#1f2937;background:#fff;text-align:start;border-radius:.75em;--ay-brand:var(--ayuda-brand,#1d4ed8);--ay-on-brand:var(--ayuda-on-brand,#fff);--ay-accent:var(--ayuda-brand-text,#1d4ed8)}
.ay-panel *{box-sizing:border-box}
.ay-panel :where(h2,h3,h4,p,ul,ol,form){margin:0}
.ay-panel :where(button,input,textarea){font:inherit;color:inherit;letter-spacing:inherit}
.ay-dialog{position:fixed;z-index:2147483000;bottom:5.5em;right:1.25em;width:min(25em,calc(100vw - 2em));height:min(40em,calc(100vh - 7em));box-shadow:0 .75em 2.5em rgb(0 0 0/.2),0 0 0 1px rgb(0 0 0/.06);animation:ay-in .18s ease-out}
.ay-left{right:auto;left:1.25em}
.ay-inline{width:100%;border:1px solid #d1d5db}
@keyframes ay-in{from{transform:translateY(.75em)}}
@media (max-width:480px),(max-height:480px){.ay-dialog{left:0;right:0;top:var(--ay-vt,0px);bottom:auto;width:100%;height:var(--ay-vh,100dvh);border-radius:0}}
.ay-panel :focus-visible{outline:3px solid var(--ay-accent);outline-offset:2px}
.ay-head{display:flex;align-items:center;gap:.5em;padding:.375em;padding-inline-start:1.25em;background:var(--ay-brand);color:var(--ay-on-brand)}
.ay-head :focus-visible{outline-color:currentColor}
.ay-title{font-size:1.125em;font-weight:650}
.ay-inline .ay-head{background:none;color:inherit;padding-block:1em 0}
.ay-icon{display:inline-flex;align-items:center;justify-content:center;gap:.375em;min-width:2.75em;min-height:2.75em;padding:0 .5em;border:0;border-radius:.5em;background:none;cursor:pointer}
.ay-close{margin-inline-start:auto}
.ay-icon svg{width:1.25em;height:1.25em;fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round;stroke-linejoin:round}
[dir=rtl] .ay-back svg{transform:scaleX(-1)}
.ay-body{flex:1;overflow-y:auto;padding:0 1.25em 1.25em}
.ay-search{position:sticky;top:0;z-index:1;padding-block:1em .25em;background:#fff}
.ay-label{display:block;font-size:1.0625em;font-weight:600;margin-block-end:.5em}
.ay-input,.ay-text{display:block;width:100%;padding:.625em .875em;border:1px solid #6b7280;border-radius:.625em;background:#fff}
.ay-input::placeholder,.ay-text::placeholder{color:#6b7280;opacity:1}
.ay-h{margin-block:1.25em .5em;font-size:.875em;font-weight:600;color:#4b5563}
.ay-list{list-style:none;padding:0;display:grid;gap:.5em}
.ay-ho-offer{margin-block-start:1em}
.ay-opt{padding:.75em 1em;border:1px solid #e5e7eb;border-radius:.75em;background:#fff;box-shadow:0 1px 2px rgb(0 0 0/.05);cursor:pointer;transition:border-color .12s,background-color .12s}
.ay-opt:hover{background:#f9fafb;border-color:#9ca3af}
.ay-opt[aria-selected=true]{border-color:var(--ay-accent);outline:2px solid var(--ay-accent);outline-offset:-2px;background:#f9fafb}
.ay-panel mark{background:#fef08a;color:inherit;font-weight:600;border-radius:.2em}
.ay-none{margin-block-start:1.25em}
.ay-none>p:first-child{font-weight:600;margin-block-end:.5em}
.ay-none ul,.ay-answer :is(ul,ol){padding-inline-start:1.5em}
.ay-back{margin-block-start:.5em;margin-inline-start:-.5em;color:var(--ay-accent);font-weight:600}
.ay-lang{display:inline-block;margin-inline-start:.5em;padding:0 .4em;border:1px solid #9ca3af;border-radius:.25em;font-size:.8em;color:#374151;background:#f3f4f6}
.ay-q{margin-block:.5em .75em;font-size:1.25em;font-weight:650;line-height:1.3;border-radius:.25em}
.ay-answer{overflow-wrap:anywhere}
.ay-answer>*{margin:0 0 .75em}
.ay-answer :is(h3,h4,h5,h6){font-size:1em}
.ay-answer a,.ay-rel a{color:var(--ay-accent);text-decoration:underline;text-underline-offset:.15em}
.ay-answer img{max-width:100%;height:auto}
.ay-answer :is(pre,table){display:block;overflow-x:auto}
.ay-fb{margin-block:1.25em;padding:1em;border:1px solid #e5e7eb;border-radius:.75em;display:grid;gap:.75em}
.ay-fb :is(p,label){font-weight:600}
.ay-fb div{display:flex;gap:.5em}
.ay-text{resize:vertical;min-height:5em}
.ay-btn{min-height:2.75em;min-width:5em;padding:.5em 1.25em;border:1px solid #6b7280;border-radius:.625em;background:#fff;font-weight:600;cursor:pointer;justify-self:start}
.ay-btn:hover{background:#f3f4f6}
.ay-primary,.ay-primary:hover{background:var(--ay-brand);color:var(--ay-on-brand);border-color:var(--ay-accent)}
.ay-rel h4{font-size:1em;margin-block-end:.5em}
.ay-rel ul{padding-inline-start:1.25em;display:grid;gap:.375em}
.ay-sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap;border:0}
.ay-notice{position:relative;margin-block-start:1em;padding:.75em 1em;padding-inline-end:3em;border:1px solid #93c5fd;border-inline-start-width:.375em;border-radius:.625em;background:#eff6ff}
.ay-n-warning{border-color:#d97706;background:#fffbeb}
.ay-n-incident{border-color:#b91c1c;background:#fef2f2}
.ay-pinned{padding-inline-end:1em}
.ay-nt{font-size:1em;font-weight:650;line-height:1.35}
.ay-nk{display:block;font-size:.8125em;font-weight:700;text-transform:uppercase;letter-spacing:.03em;color:#374151}
.ay-n-incident .ay-nk{color:#991b1b}
.ay-n-warning .ay-nk{color:#92400e}
.ay-nmore{margin-block-start:.375em;padding:.25em 0;min-height:2.75em;border:0;background:none;color:var(--ay-accent);font-weight:600;text-decoration:underline;text-underline-offset:.15em;cursor:pointer}
.ay-nb{margin-block-start:.25em}
.ay-ndismiss{position:absolute;top:.25em;inset-inline-end:.25em}
@media (prefers-reduced-motion:reduce){.ay-panel,.ay-panel *{animation:none!important;transition:none!important}}
@media (forced-colors:active){.ay-notice{border-color:CanvasText}.ay-opt[aria-selected=true]{outline-color:Highlight}.ay-panel mark{background:Mark;color:MarkText;forced-color-adjust:none}}
`;
