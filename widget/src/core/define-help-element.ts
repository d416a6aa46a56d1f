import { activeAyuda, type SharedAyuda } from './active-ayuda.ts';
import { adoptStyles } from './adopt-styles.ts';
import type { PanelHandle } from './contract.ts';
import { resolveLang } from './resolve-lang.ts';
import { themeCss } from './theme-css.ts';
import { uiStrings } from './ui-strings.ts';
import { warn } from './warn.ts';

const INLINE_CSS =
  ':host{all:initial;display:block}:host([hidden]){display:none}' +
  '.error{margin:0;padding:12px 16px;font:15px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a}';

/**
 * Define `<ayuda-help lang="es" placeholder="…">` (once per page): the panel
 * inline, in the element's own shadow root, sharing the engine of the page's
 * Ayuda instance. It loads when it scrolls into view or receives focus, and
 * unmounts when that instance is destroyed (remounting under the next one).
 */
export function defineHelpElement(): void {
  if (typeof customElements === 'undefined' || customElements.get('ayuda-help')) return;

  class AyudaHelp extends HTMLElement {
    static observedAttributes = ['lang', 'placeholder'];
    private wanted = false;
    private handle: PanelHandle | undefined;
    private from: SharedAyuda | undefined;
    private container: HTMLElement | undefined;
    private theme: CSSStyleSheet | undefined;
    private observer: IntersectionObserver | undefined;
    private unwatch: (() => void) | undefined;

    connectedCallback(): void {
      if (!this.container) {
        const root = this.attachShadow({ mode: 'open' });
        adoptStyles(root, INLINE_CSS);
        this.theme = adoptStyles(root, '');
        root.append((this.container = document.createElement('div')));
      }
      this.addEventListener('focusin', this.want);
      this.unwatch = activeAyuda.watch(() => void this.sync());
      if (typeof IntersectionObserver === 'function') {
        this.observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && this.want());
        this.observer.observe(this);
      } else this.want();
    }

    disconnectedCallback(): void {
      this.removeEventListener('focusin', this.want);
      this.unwatch?.();
      this.observer?.disconnect();
      this.unmount();
    }

    attributeChangedCallback(): void {
      if (this.handle) {
        this.unmount();
        void this.sync();
      }
    }

    private want = (): void => {
      this.wanted = true;
      this.observer?.disconnect();
      void this.sync();
    };

    private unmount(): void {
      try {
        this.handle?.destroy();
      } catch (error) {
        warn('the help panel failed to unmount', error);
      }
      this.handle = this.from = undefined;
    }

    private async sync(): Promise<void> {
      const shared = activeAyuda.get();
      if (this.handle && this.from !== shared) this.unmount();
      if (!shared || !this.wanted || this.handle || !this.isConnected) return;
      const loaded = await shared.load();
      if (activeAyuda.get() !== shared || !this.isConnected || this.handle) return;
      const container = this.container!;
      const lang = this.getAttribute('lang') ? resolveLang(this.getAttribute('lang'), document) : shared.lang;
      const error = document.createElement('p');
      error.className = 'error';
      error.setAttribute('role', 'alert');
      error.textContent = uiStrings(lang).error;
      container.replaceChildren();
      if (!loaded) return void container.append(error);
      this.theme!.replaceSync(themeCss(shared.options.color));
      try {
        this.from = shared;
        this.handle = loaded.module.mountPanel(container, {
          engine: loaded.engine,
          lang,
          mode: 'inline',
          options: shared.options,
          onClose() {},
          emit: shared.emit,
          placeholder: this.getAttribute('placeholder') ?? undefined,
          consented: shared.consented,
        });
      } catch (e) {
        this.from = undefined;
        warn('the help panel failed', e);
        container.replaceChildren(error);
      }
    }
  }

  customElements.define('ayuda-help', AyudaHelp);
}
