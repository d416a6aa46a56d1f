import type { AyudaOptions, PanelEvent, PanelModule } from './contract.ts';
import type { Outbox } from '../outbox/contract.ts';
import type { SearchEngine } from '../search/engine.ts';

/** The panel module and the engine over the FAQ index, once both have loaded. */
export interface Loaded {
  module: PanelModule;
  engine: SearchEngine;
}

/** What an Ayuda instance shares with the page's `<ayuda-help>` elements. */
export interface SharedAyuda {
  lang: string;
  options: AyudaOptions;
  /** Loads once (retrying after a failure); undefined when loading failed (already reported). */
  load(): Promise<Loaded | undefined>;
  emit(event: PanelEvent): void;
  consented(): boolean;
  /** The durable outbox (loads the outbox chunk); undefined without a collector and site key. */
  outbox(): Promise<Outbox | undefined>;
  /** identify() traits so far. */
  traits(): Record<string, string | number | boolean>;
  /** The brand colour's CSS (theme-css.ts), for `<ayuda-help>`'s shadow root. */
  theme: string;
  /** "Help could not be loaded", in `lang` (ui-strings.ts). */
  errorNote(lang: string): HTMLElement;
  /** The language of an element's `lang` attribute, or the instance's (resolve-lang.ts). */
  langOf(attribute: string | null): string;
}

/** A connected `<ayuda-help>`, watched until it goes. */
export interface InlineConnection {
  stop(): void;
  remount(): void;
}

let current: SharedAyuda | undefined;
const watchers = new Set<() => void>();

/** The page's current Ayuda instance (the last created and not destroyed), and who wants to know when it changes. */
export const activeAyuda = {
  get: (): SharedAyuda | undefined => current,
  set(shared: SharedAyuda | undefined): void {
    current = shared;
    for (const watcher of [...watchers]) watcher();
  },
  watch(watcher: () => void): () => void {
    watchers.add(watcher);
    return () => void watchers.delete(watcher);
  },
};
