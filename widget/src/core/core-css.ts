/**
 * The core's stylesheet (adopted into the host's shadow root). `:host` is
 * reset with `all: initial !important`: declarations inside a shadow tree win
 * over the page's `!important` ones on the host, so `* { all: unset
 * !important }`, `div { display: none !important }` and z-index wars cannot
 * move or hide it, and no inherited property (font, colour, letter-spacing)
 * leaks in; nothing else of the page's CSS reaches into the shadow root.
 * Sizes are in px, never rem (a page may set a huge root font size). The
 * host is a 0×0 fixed box; the launcher and the panel are `position: fixed`.
 */
export const CORE_CSS =
  ':host{all:initial!important;display:block!important;position:fixed!important;top:0!important;left:0!important;width:0!important;height:0!important;z-index:2147483647!important}' +
  '@media print{:host{display:none!important}}' +
  '.launcher{position:fixed;bottom:20px;right:20px;display:flex;align-items:center;gap:8px;min-height:48px;min-width:48px;margin:0;padding:0 18px 0 14px;border:0;border-radius:24px;background:var(--ayuda-brand);color:var(--ayuda-on-brand);font:600 16px/1.2 system-ui;cursor:pointer;box-shadow:0 4px 14px #0004}' +
  '.left{right:auto;left:20px}' +
  '.launcher svg{width:22px;height:22px;fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round}' +
  '.launcher:focus{outline:0}' +
  '[aria-expanded=true]{box-shadow:none}' +
  '.launcher:focus-visible{outline:3px solid var(--ayuda-brand-text);outline-offset:2px;box-shadow:0 0 0 2px #fff}' +
  '@media (forced-colors:active){.launcher{border:2px solid ButtonText}}' +
  // The frame (./create-frame.ts): where the panel's dialog sits (widget/src/panel/styles.ts), a sheet on phones; `.left` above moves it.
  '.frame{position:fixed;bottom:88px;right:20px;width:min(400px,calc(100vw - 32px));box-sizing:border-box;padding:16px;border-radius:12px;background:#fff;font:16px/1.5 system-ui;box-shadow:0 4px 14px #0004}' +
  '.frame *{display:block;box-sizing:border-box;min-width:44px;min-height:44px;margin:0 0 12px;padding:8px 14px;border:1px solid #6b7280;border-radius:10px;background:#fff;font:inherit}' +
  '.frame b{border:0;padding-left:0;font-size:20px}' +
  '.frame :last-child{position:absolute;top:16px;right:16px}' +
  '@media (max-width:480px),(max-height:480px){.frame{inset:0;width:auto;border-radius:0}}';
