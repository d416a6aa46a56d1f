/** A panel module made of spies, for the core's tests (like sentry feedback's `vi.fn()` loaders). */
import { afterEach, beforeEach, vi } from 'vitest';
import type { Ayuda, AyudaOptions, PanelContext, PanelHandle, PanelModule } from '../contract.ts';
import { createAyuda } from '../create-ayuda.ts';
import { coreStringsOf } from '../../i18n/core-strings.ts';
import { LANGUAGES } from '../../i18n/languages.ts';
import { setCoreStrings } from '../ui-strings.ts';
import type { SearchEngine, SearchResult } from '../../search/engine.ts';
import type { FaqIndex } from '../../search/index-format.ts';
import { mountInline } from '../../panel/inline-element.ts';
import { find } from '../../panel/load-locale.ts';

export const FAKE_INDEX = { format: 'ayuda-faq-index', version: 1, entries: [], locales: [] } as unknown as FaqIndex;

export function fakePanel() {
  const contexts: PanelContext[] = [];
  const handles: { open: ReturnType<typeof vi.fn>; close: ReturnType<typeof vi.fn>; destroy: ReturnType<typeof vi.fn> }[] = [];
  const engine: SearchEngine = {
    locales: ['en', 'es'],
    languages: ['en', 'es'],
    add: () => {},
    entries: [],
    ui: {},
    warm: () => {},
    warmStep: () => true,
    entry: () => undefined,
    search: vi.fn((query: string, opts?: { locale?: string }): SearchResult => ({
      query,
      locale: opts?.locale ?? '',
      decision: 'answered',
      confidence: 0.9,
      hits: [],
    })),
  };
  const module: PanelModule = {
    mountInline,
    find,
    createSearchEngine: vi.fn(() => engine),
    mountPanel: vi.fn((container: HTMLElement, context: PanelContext): PanelHandle => {
      contexts.push(context);
      const el = container.ownerDocument.createElement('section');
      el.className = `fake-panel ${context.mode}`;
      container.append(el);
      const handle = {
        open: vi.fn((_query?: string, _anchor?: HTMLElement) => {}),
        close: vi.fn(() => {}),
        destroy: vi.fn(() => el.remove()),
      };
      handles.push(handle);
      return handle;
    }),
  };
  const loader = vi.fn(async () => module);
  return { loader, module, engine, contexts, handles };
}

/** Let pending promises (the loader, fetch) settle. */
export async function flush(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

/** The core's host, its shadow root and its launcher button, as a test finds them in the page. */
export const hosts = () => document.querySelectorAll('[data-ayuda-root]');
export const shadow = () => (hosts()[0] as HTMLElement).shadowRoot!;
export const launcher = () => shadow().querySelector('button')!;

/**
 * The page the core's tests run in: the launcher's words set as the entries
 * set them, no idle preload unless a test asks for it, and after each test
 * every instance made destroyed, the body emptied, stubs and mocks undone.
 * `make` creates an instance over the fake index and a fake panel.
 */
export function useCorePage(): {
  make(options?: Partial<AyudaOptions>, panel?: ReturnType<typeof fakePanel>): { ayuda: Ayuda; panel: ReturnType<typeof fakePanel> };
} {
  setCoreStrings(coreStringsOf(LANGUAGES));
  let instances: Ayuda[] = [];
  beforeEach(() => {
    vi.stubGlobal('requestIdleCallback', vi.fn(() => 1));
    vi.stubGlobal('cancelIdleCallback', vi.fn());
  });
  afterEach(() => {
    for (const a of instances) a.destroy();
    instances = [];
    document.body.replaceChildren();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });
  return {
    make(options = {}, panel = fakePanel()) {
      const ayuda = createAyuda({ index: FAKE_INDEX, ...options }, panel.loader);
      instances.push(ayuda);
      return { ayuda, panel };
    },
  };
}
