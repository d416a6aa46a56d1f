/** A panel module made of spies, for the core's tests (like sentry feedback's `vi.fn()` loaders). */
import { vi } from 'vitest';
import type { PanelContext, PanelHandle, PanelModule } from '../contract.ts';
import type { SearchEngine, SearchResult } from '../../search/engine.ts';
import type { FaqIndex } from '../../search/index-format.ts';

export const FAKE_INDEX = { format: 'ayuda-faq-index', version: 1, entries: [], locales: [] } as unknown as FaqIndex;

export function fakePanel() {
  const contexts: PanelContext[] = [];
  const handles: { open: ReturnType<typeof vi.fn>; close: ReturnType<typeof vi.fn>; destroy: ReturnType<typeof vi.fn> }[] = [];
  const engine: SearchEngine = {
    locales: ['en', 'es'],
    entries: [],
    ui: {},
    warm: () => {},
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
