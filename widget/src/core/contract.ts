/**
 * The contract between the always-loaded core (launcher, ≤ 5 KB gzip, plain
 * DOM, no Preact) and the lazily loaded panel chunk (Preact + search engine).
 * Types only: importing this file adds no bytes.
 */
import type { Outbox } from '../outbox/contract.ts';
import type { SearchEngine, SearchResult } from '../search/engine.ts';
import type { FaqIndex } from '../search/index-format.ts';
import type { ChannelSetting } from '../handoff/types.ts';
import type { InlineConnection, Loaded, SharedAyuda } from './active-ayuda.ts';
import type { PublicNotice } from '../notices/types.ts';

/** Options a site owner sets (data-* attributes on the script tag, or createAyuda()). */
export interface AyudaOptions {
  /**
   * URL of faq-index.json, the index itself (npm users may import it), or a
   * URL per locale (the parts `ayuda build` writes): the page's language loads
   * first, another when a query is written in it.
   */
  index: string | FaqIndex | Record<string, string>;
  /** UI and search language ("es", "en"...); default: <html lang>, then "en". */
  lang?: string;
  /** Launcher corner: "bottom-right" (default), "bottom-left". */
  position?: 'bottom-right' | 'bottom-left';
  /** Brand colour (CSS hex); text colour is chosen for AA contrast. */
  color?: string;
  /** Collector base URL (e.g. "https://help.example.com"); no collector → nothing is sent. */
  collector?: string;
  /** Site key known to the collector. */
  site?: string;
  /** Show the floating launcher button (default true; false when only triggers/custom element are used). */
  launcher?: boolean;
  /**
   * Entries to suggest before the customer types, per page: after the
   * entries whose FAQ `pages`/`context` name the page, the first rule whose
   * pattern matches location.pathname wins ("*" wildcard), then popular
   * entries (tagged "popular", else the FAQ's first ones). The notices
   * chunk appends the collector's learned rules (widget/src/panel/suggestions.ts).
   */
  suggestions?: { pattern: string; ids: string[] }[];
  /**
   * Hand-off to a person: the channels offered (widget/src/handoff/types.ts),
   * e.g. `['inbox', { type: 'whatsapp', number: '34600111222', hours: {...} }]`.
   * Default: the inbox when there is a collector.
   */
  channels?: ChannelSetting[];
  /** Facts about the page or customer passed on with a hand-off (`data-context` JSON), like identify() traits. */
  context?: Record<string, string | number | boolean>;
  /** Days the customer's help journey is kept in the browser for a hand-off (default 7). */
  journeyDays?: number;
  /**
   * `'idle'`: load help when the browser is idle after load (`data-prefetch="idle"`).
   * By default nothing is fetched until the visitor shows intent.
   */
  prefetch?: 'idle';
  /** Record nothing until consent is granted with ayuda('consent', true). */
  consent?: boolean;
  /** Query parameters kept in the page path of recorded events (`data-keep-params="step, plan"`); others are dropped. */
  keepParams?: string | string[];
  /**
   * The script tag's `data-*` attributes as they are, set by ayuda.js: the
   * chunks read the lists and JSON among them (`channels`, `suggestions`,
   * `context`, `journeyDays`) with widget/src/options/script-data.ts.
   */
  data?: Record<string, string | undefined>;
}

/** What a panel reports (the unanswered-question issue records these). */
export type PanelEvent =
  | { type: 'search'; result: SearchResult }
  | { type: 'answer_read'; entryId: string; query: string; ms?: number }
  | { type: 'feedback'; entryId: string; helpful: boolean; comment?: string; query: string }
  | { type: 'gave_up'; query: string; result?: SearchResult }
  /** The customer asked for a human: the hand-off emits it through `context.emit`, and it is recorded as `asked_human`. */
  | { type: 'handoff_requested'; query: string; entryId?: string; result?: SearchResult; comment?: string }
  /** A notice was shown (its banner, or pinned above the results), once per notice and panel. */
  | { type: 'notice_shown'; notice: string }
  /** The customer opened a notice's details. */
  | { type: 'notice_read'; notice: string }
  | { type: 'open' }
  | { type: 'close' };

export interface PanelContext {
  engine: SearchEngine;
  /** Resolved language of the UI strings and of the search ("es", "en", "ar"...). */
  lang: string;
  mode: 'dialog' | 'inline';
  /**
   * Inline only: each answer's address starts with this (`#faq/`, or a base
   * path such as `/ayuda/`; ../panel/answer-address.ts). Opening an answer adds
   * a history entry, Back returns to the list, and an address opens its answer.
   */
  address?: string;
  /** The element that opened the dialog: the panel floats next to it on wide screens, focus returns to it. */
  anchor?: HTMLElement;
  options: AyudaOptions;
  /** Called when the customer closes the dialog (Escape, close button); the core then returns focus. */
  onClose(): void;
  emit(event: PanelEvent): void;
  /** Placeholder of the search box (the `placeholder` attribute of `<ayuda-help>`); default: the UI strings'. */
  placeholder?: string;
  /** False while `options.consent` is set and consent has not been granted with `ayuda('consent', true)`: record nothing. */
  consented?(): boolean;
  /**
   * The durable outbox to the collector (loads the outbox chunk), for what
   * must reach it besides events, e.g. hand-offs (`kind: "handoff"`);
   * undefined without a collector and site key, or when the chunk fails to load.
   */
  outbox?(): Promise<Outbox | undefined>;
  /** What the host page passed with identify() so far (the hand-off passes them on). */
  traits?(): Record<string, string | number | boolean>;
}

/** What the notices chunk gives the panel (widget/src/notices/main.ts). */
export interface LoadedNotices {
  /** Live when fetched, most severe first. */
  notices: PublicNotice[];
  /** Ids of those that apply to this page (its path, its `data-context`). */
  onPage: string[];
  /** The search index over the notices (widget/src/notices/types.ts). */
  index?: FaqIndex;
}

/** The notices chunk's exports. */
export interface NoticesModule {
  /** Fetch the site's live notices (once per options object); mark the floating launcher for an incident on this page. */
  startNotices(options: AyudaOptions): Promise<LoadedNotices | undefined>;
}


export interface PanelHandle {
  /** Open (dialog mode) with an optional query typed in. */
  open(query?: string, anchor?: HTMLElement): void;
  close(): void;
  destroy(): void;
}

/** The panel chunk's exports. */
export interface PanelModule {
  createSearchEngine(index: FaqIndex): SearchEngine | Promise<SearchEngine>;
  /** Render into `container` (an element inside a shadow root). */
  mountPanel(container: HTMLElement, context: PanelContext): PanelHandle;
  /** `engine.search`, then again once the parts of the locales the query may be in have loaded (../panel/load-locale.ts). */
  find(engine: SearchEngine, index: AyudaOptions['index'], query: string, lang: string): Promise<SearchResult>;
  /** Take over a wanted `<ayuda-help>` (../panel/inline-element.ts). */
  mountInline(el: HTMLElement, container: Element, shared: SharedAyuda, loaded: Loaded): InlineConnection;
}

/** Loads the panel chunk: a dynamic import of a URL (script tag) or of a module (npm). */
/** Imports the panel chunk; `lang`, the page's language, lets ayuda.js fetch its stemmer alongside (launcher.ts). */
export type PanelLoader = (lang?: string) => Promise<PanelModule>;

/** What the outbox chunk (widget/src/outbox/main.ts) is started with: the options (with `collector` and `site` set) and the resolved language. */
export interface RecordingConfig extends AyudaOptions {
  lang: string;
}

/** A started outbox chunk: records panel events (stamped with their time) through the outbox. */
export interface Recording {
  record(event: PanelEvent, at: number): void;
  outbox: Outbox;
}

/** The outbox chunk's exports. */
export interface OutboxModule {
  /** Start (once per site and collector; later calls return the same recording). */
  startRecording(config: RecordingConfig): Recording;
}

/** Loads the outbox chunk: a dynamic import of a URL (script tag) or of a module (npm). */
export type OutboxLoader = () => Promise<OutboxModule>;
/** Loads the notices chunk (`notices.<hash>.js`, widget/src/notices/main.ts). */
export type NoticesLoader = () => Promise<NoticesModule>;

/** The public API: `createAyuda()` returns it; `ayuda('open', ...)` calls it. */
export interface Ayuda {
  open(query?: string): Promise<void>;
  close(): void;
  search(query: string): Promise<SearchResult>;
  identify(traits: Record<string, string | number | boolean>): void;
  on(event: PanelEvent['type'], listener: (event: PanelEvent) => void): () => void;
  /** Grant or withdraw consent to record (only matters when `options.consent` is set). */
  consent?(granted: boolean): void;
  destroy(): void;
}
