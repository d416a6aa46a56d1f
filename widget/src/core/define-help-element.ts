import { activeAyuda, type SharedAyuda } from './active-ayuda.ts';
import { adoptStyles } from './adopt-styles.ts';
import type { PanelHandle } from './contract.ts';
import { resolveLang } from './resolve-lang.ts';
import { themeCss } from './theme-css.ts';
import { loadErrorNote } from './ui-strings.ts';
import { warn } from './warn.ts';

const INLINE_CSS = ':host{all:initial;display:block}:host([hidden]){display:none}.error{margin:0;padding:12px 16px;font:15px/1.4 system-ui,sans-serif;color:#1a1a1a}';

/**
 * Define `<ayuda-help lang="es" placeholder="…">` (once per page): the panel
 * inline, in the element's own shadow root, sharing the engine of the page's
 * Ayuda instance. It loads when it scrolls into view or receives focus, and
 * unmounts when that instance is destroyed (remounting under the next one).
 */
export function defineHelpElement(): void {
  if (typeof customElements === 'undefined' || customElements.get('ayuda-help')) return;
  customElements.define(
    'ayuda-help',
    class extends HTMLElement {
      static observedAttributes = ['lang', 'placeholder'];
      private connection: { stop(): void; remount(): void } | undefined;
      connectedCallback(): void {
        this.connection = connectInline(this);
      }
      disconnectedCallback(): void {
        this.connection?.stop();
        this.connection = undefined;
      }
      attributeChangedCallback(): void {
        this.connection?.remount();
      }
    },
  );
}

/** Watch a connected `<ayuda-help>`: mount the inline panel once wanted (visible or focused) and an instance exists. */
function connectInline(el: HTMLElement): { stop(): void; remount(): void } {
  const root = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
  if (!root.adoptedStyleSheets.length) adoptStyles(root, INLINE_CSS);
  const container = root.firstElementChild ?? root.appendChild(document.createElement('div'));
  let theme: CSSStyleSheet | undefined;
  let wanted = false;
  let handle: PanelHandle | undefined;
  let from: SharedAyuda | undefined;

  const unmount = (): void => {
    try {
      handle?.destroy();
    } catch (error) {
      warn('panel unmount failed', error);
    }
    handle = from = undefined;
  };

  const sync = async (): Promise<void> => {
    const shared = activeAyuda.get();
    if (handle && from !== shared) unmount();
    if (!shared || !wanted || handle) return;
    const loaded = await shared.load();
    if (activeAyuda.get() !== shared || !el.isConnected || handle) return;
    const lang = el.getAttribute('lang') ? resolveLang(el.getAttribute('lang'), document) : shared.lang;
    const error = loadErrorNote(document, lang);
    container.replaceChildren();
    if (!loaded) return void container.append(error);
    (theme ??= adoptStyles(root, '')).replaceSync(themeCss(shared.options.color));
    try {
      from = shared;
      handle = loaded.module.mountPanel(container as HTMLElement, {
        ...shared,
        engine: loaded.engine,
        lang,
        mode: 'inline',
        onClose() {},
        placeholder: el.getAttribute('placeholder') ?? undefined,
      });
    } catch (e) {
      from = undefined;
      warn('panel failed', e);
      container.replaceChildren(error);
    }
  };

  let observer: IntersectionObserver | undefined;
  const want = (): void => {
    wanted = true;
    observer?.disconnect();
    void sync();
  };
  el.addEventListener('focusin', want);
  const unwatch = activeAyuda.watch(() => void sync());
  if (typeof IntersectionObserver === 'function') {
    observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && want());
    observer.observe(el);
  } else want();

  return {
    stop() {
      el.removeEventListener('focusin', want);
      unwatch();
      observer?.disconnect();
      unmount();
    },
    remount() {
      if (!handle) return;
      unmount();
      void sync();
    },
  };
}
