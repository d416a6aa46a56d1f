/**
 * A minimal stand-in for the panel chunk (`widget/src/panel/main.ts`), used
 * by the build and by tests until the real panel exists: the real search
 * engine and a plain-DOM search box with a list of hits. Not shipped once
 * the real panel is there.
 */
import type { PanelContext, PanelHandle, PanelModule } from '../contract.ts';
import { createSearchEngine as createEngine, type SearchEngine } from '../../search/engine.ts';
import type { FaqIndex } from '../../search/index-format.ts';
// The module the build puts in place of search/stem.ts for the engine's own imports (widget/build/build-widget.ts).
import { loadStemmers } from '../../search/stem-lazy.ts';
import { mountInline } from '../../panel/inline-element.ts';
import { find } from '../../panel/load-locale.ts';

function mountPanel(container: HTMLElement, context: PanelContext): PanelHandle {
  const doc = container.ownerDocument;
  const dialog = doc.createElement('div');
  dialog.setAttribute('role', context.mode === 'dialog' ? 'dialog' : 'region');
  dialog.setAttribute('aria-label', context.lang.startsWith('es') ? 'Ayuda' : 'Help');
  const input = doc.createElement('input');
  input.type = 'search';
  input.placeholder = context.placeholder ?? '';
  const list = doc.createElement('ul');
  const render = (): void => {
    const result = context.engine.search(input.value, { locale: context.lang });
    list.replaceChildren(
      ...result.hits.slice(0, 5).map((hit) => {
        const li = doc.createElement('li');
        li.textContent = hit.entry.question;
        return li;
      }),
    );
    context.emit({ type: 'search', result });
  };
  const onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && context.mode === 'dialog') {
      handle.close();
      context.onClose();
    }
  };
  input.addEventListener('input', render);
  dialog.addEventListener('keydown', onKey);
  dialog.append(input, list);
  dialog.hidden = context.mode === 'dialog';
  container.append(dialog);
  const handle: PanelHandle = {
    open(query) {
      dialog.hidden = false;
      if (query !== undefined) {
        input.value = query;
        render();
      }
      input.focus();
      context.emit({ type: 'open' });
    },
    close() {
      dialog.hidden = true;
      context.emit({ type: 'close' });
    },
    destroy() {
      input.removeEventListener('input', render);
      dialog.removeEventListener('keydown', onKey);
      dialog.remove();
    },
  };
  return handle;
}

/** As the panel's: the part's stemmer first (the index's terms are stemmed at build time; built, each stemmer is a chunk). */
async function createSearchEngine(index: FaqIndex): Promise<SearchEngine> {
  await loadStemmers(index.locales.map((l) => l.locale));
  return createEngine(index);
}

export { createSearchEngine, find, mountInline, mountPanel };
export const standIn: PanelModule = { createSearchEngine, find, mountInline, mountPanel };
