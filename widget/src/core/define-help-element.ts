import { activeAyuda, type InlineConnection, type SharedAyuda } from './active-ayuda.ts';
import { adoptStyles } from './adopt-styles.ts';

const INLINE_CSS = ':host{all:initial;display:block}:host([hidden]){display:none}.error{margin:0;padding:8px 14px;font:16px/1.5 system-ui}';

/**
 * Define `<ayuda-help lang="es" placeholder="…">` (once per page): the panel
 * inline, in the element's own shadow root, sharing the engine of the page's
 * Ayuda instance. It loads when it scrolls into view or receives focus and an
 * instance exists, then the panel chunk mounts it (panel/inline-element.ts);
 * it unmounts when that instance is destroyed, mounting again under the next.
 */
export function defineHelpElement(): void {
  // Without custom elements this throws, and the caller reports it (create-ayuda.ts).
  if (customElements.get('ayuda-help')) return;
  customElements.define(
    'ayuda-help',
    class extends HTMLElement {
      static observedAttributes = ['lang', 'placeholder'];
      private connection: InlineConnection | undefined;
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

/** Watch a connected `<ayuda-help>`: once wanted (visible or focused), mount it under the page's current instance. */
function connectInline(el: HTMLElement): InlineConnection {
  const root = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
  if (!root.adoptedStyleSheets.length) adoptStyles(root, INLINE_CSS);
  const container = root.firstElementChild ?? root.appendChild(document.createElement('div'));
  let inner: InlineConnection | undefined;
  let from: SharedAyuda | undefined;
  let stopped = false;
  let unwatch = (): void => {};

  const sync = async (): Promise<void> => {
    const shared = activeAyuda.get();
    if (inner && from !== shared) {
      inner.stop();
      inner = from = undefined;
    }
    if (!shared || inner) return;
    const loaded = await shared.load();
    if (stopped || inner || activeAyuda.get() !== shared) return;
    if (!loaded) return void container.replaceChildren(shared.errorNote(shared.langOf(el.getAttribute('lang'))));
    from = shared;
    inner = loaded.module.mountInline(el, container, shared, loaded);
  };

  const want = (): void => {
    el.removeEventListener('focusin', want);
    observer.disconnect();
    unwatch = activeAyuda.watch(() => void sync());
    void sync();
  };
  el.addEventListener('focusin', want);
  // Every browser with constructable stylesheets in shadow roots (Safari 16.4, Firefox 101) has it.
  const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && want());
  observer.observe(el);

  return {
    stop() {
      stopped = true;
      el.removeEventListener('focusin', want);
      observer.disconnect();
      unwatch();
      inner?.stop();
    },
    remount: () => inner?.remount(),
  };
}
