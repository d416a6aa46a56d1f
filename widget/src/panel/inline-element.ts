/**
 * `<ayuda-help>` once wanted: the core's define-help-element.ts watches for
 * it to scroll into view or receive focus, waits for an Ayuda instance and
 * hands over here; this mounts the panel inline in the element's shadow root
 * with that instance's engine, and again when the element's attributes change.
 * The core's helpers come through `SharedAyuda` (the panel chunk imports no code
 * of the core's, which would otherwise be a chunk shared between them).
 */
import type { InlineConnection, Loaded, SharedAyuda } from '../core/active-ayuda.ts';
import type { PanelHandle } from '../core/contract.ts';

const report = (message: string, error: unknown): void => console.warn(`[ayuda] ${message}`, error);

export function mountInline(el: HTMLElement, container: Element, shared: SharedAyuda, loaded: Loaded): InlineConnection {
  const root = el.shadowRoot!;
  const theme = new CSSStyleSheet();
  theme.replaceSync(shared.theme);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, theme];
  let handle: PanelHandle | undefined;
  const mount = (): void => {
    const lang = shared.langOf(el.getAttribute('lang'));
    container.replaceChildren();
    try {
      handle = loaded.module.mountPanel(container as HTMLElement, {
        ...shared,
        engine: loaded.engine,
        lang,
        mode: 'inline',
        // Answers' addresses (./answer-address.ts): `#faq/<id>`, or `<data-base><id>` with `data-routing="path"`.
        address: el.dataset.routing == 'path' ? el.dataset.base || '/' : '#faq/',
        onClose() {},
        placeholder: el.getAttribute('placeholder') ?? undefined,
      });
    } catch (error) {
      report('panel failed', error);
      container.replaceChildren(shared.errorNote(lang));
    }
  };
  const unmount = (): void => {
    try {
      handle?.destroy();
    } catch (error) {
      report('panel unmount failed', error);
    }
    handle = undefined;
  };
  mount();
  return {
    stop() {
      unmount();
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== theme);
    },
    remount() {
      if (!handle) return;
      unmount();
      mount();
    },
  };
}
