import { activeAyuda, type Loaded, type SharedAyuda } from './active-ayuda.ts';
import type { Outbox } from '../outbox/contract.ts';
import type { Ayuda, AyudaOptions, NoticesLoader, OutboxLoader, PanelContext, PanelEvent, PanelHandle, PanelLoader, Recording } from './contract.ts';
import { CORE_CSS } from './core-css.ts';
import { createEmitter } from './create-emitter.ts';
import { createFrame } from './create-frame.ts';
import { createHost } from './create-host.ts';
import { createLauncher } from './create-launcher.ts';
import { defineHelpElement } from './define-help-element.ts';
import { fetchIndex } from './fetch-index.ts';
import { firstIndex } from './index-parts.ts';
import { hasPending } from './has-pending.ts';
import { resolveLang } from './resolve-lang.ts';
import { themeCss } from './theme-css.ts';
import { loadErrorNote, uiStrings } from './ui-strings.ts';
import { attempt, warn } from './warn.ts';
import { watchTriggers } from './watch-triggers.ts';
import { whenIdle } from './when-idle.ts';

/**
 * The always-loaded core: one shadow-rooted host with the launcher, triggers
 * (`data-ayuda-open`), `<ayuda-help>`, and the panel chunk loaded with the FAQ
 * index on the first interaction or when the browser is idle. Nothing here
 * throws into the host page: failures are reported once with console.warn.
 *
 * @example
 *   const ayuda = createAyuda({ index: '/ayuda/faq-index.json', lang: 'es' }, () => import('./panel/main.ts'));
 *   document.querySelector('#help')!.addEventListener('click', () => ayuda.open('devolución'));
 */
/**
 * Nothing beyond the core is fetched until the visitor shows intent (the
 * pointer over or focus on the launcher or a trigger, a touch on them) or the
 * site opts in to loading help at idle (`prefetch: 'idle'`); the outbox chunk
 * alone loads at idle when a previous page left items pending.
 * @param loadOutbox loads the outbox chunk (recorder and durable outbox),
 *   used when `options.collector` and `options.site` are set: once the panel
 *   and the index are in (not competing with them on a slow network), with
 *   the first event, and at idle only when a previous page left items pending. Events are
 *   recorded only while consented.
 * @param loadNotices loads the notices chunk, with a collector: at idle and
 *   with the panel. It fetches the site's live notices once (for the panel,
 *   on `options`: widget/src/notices/slot.ts) and marks the launcher for an
 *   incident on this page.
 */
/** What shows the intent to open help: load it then, not before. */
const INTENT = ['pointerenter', 'focus', 'touchstart'];

export function createAyuda(options: AyudaOptions, loadPanel: PanelLoader, loadOutbox?: OutboxLoader, loadNotices?: NoticesLoader): Ayuda {
  // Own properties only, from here on (the panel and the hand-off read these too): an option left
  // out must not be read from a page's polluted Object.prototype (`Object.prototype.collector`).
  options = { __proto__: null, ...options } as AyudaOptions;
  const doc = document;
  const lang = resolveLang(options.lang, doc);
  const strings = uiStrings(lang);
  const left = options.position === 'bottom-left';
  const theme = themeCss(options.color);
  const { host, root, remove } = createHost(doc, [CORE_CSS, theme]);
  const launcher = options.launcher === false ? undefined : createLauncher(doc, strings.help, left);
  const container = doc.createElement('div');
  container.className = left ? 'panel left' : 'panel';
  root.append(...(launcher ? [launcher] : []), container);

  const events = createEmitter();
  let traits: Record<string, string | number | boolean> = {};
  let consented = !options.consent;
  let loading: Promise<Loaded> | undefined;
  let warned = false;
  let destroyed = false;
  let panel: PanelHandle | undefined;
  let isOpen = false;
  let opener: HTMLElement | undefined;
  /** The frame drawn while the panel loads, or with the error when it failed (./create-frame.ts). */
  let frame: HTMLElement | undefined;
  /** Counts opens and closes: an open whose files arrive after a close (or a newer open) shows nothing. */
  let opening = 0;
  /** What `load` resolved with, once it has. */
  let ready: Loaded | undefined;

  let recording: Promise<Recording | undefined> | undefined;
  /** The outbox chunk, imported and started once (again after a failure); it touches no storage before an event. */
  const record = (): Promise<Recording | undefined> =>
    (recording ??= (async () =>
      options.collector && options.site && loadOutbox ? (await loadOutbox()).startRecording({ ...options, lang }) : undefined)().catch(
      (e: unknown) => void ((recording = undefined), warn('recording failed', e)),
    ));
  const outbox = (): Promise<Outbox | undefined> => record().then((r) => r?.outbox);
  /** The site's notices, fetched once per `options` (the chunk keeps them there for the panel). */
  const notices = (): unknown => options.collector && loadNotices?.().then((m) => m.startNotices(options));
  /** To the page's listeners, and while consented to the collector, stamped with the time it happened. */
  const emit = (event: PanelEvent): void => {
    events.emit(event);
    const at = Date.now();
    if (consented) void record().then((r) => r?.record(event, at));
  };

  const first = firstIndex(options.index, lang);
  /** The panel chunk and the page language's index, requested together, once (again after a failure); the outbox chunk once they are in. */
  const load = async (): Promise<Loaded | undefined> => {
    notices();
    loading ??= Promise.all([
      loadPanel(lang),
      typeof first === 'string' ? fetchIndex(first) : first,
    ]).then(async ([module, index]) => (ready = { module, engine: await module.createSearchEngine(index) }));
    try {
      return await loading;
    } catch (error) {
      loading = undefined;
      if (!warned) warn('loading failed', error);
      warned = true;
      return undefined;
    } finally {
      // The outbox chunk after the panel and the index, not competing with them on a slow network (the first event waits for it).
      void record();
    }
  };
  const warm = (): void => void load();
  /** What the dialog and the page's `<ayuda-help>` elements share. */
  const shared: SharedAyuda = {
    lang, options, load, emit, outbox, consented: () => consented, traits: () => traits,
    theme, errorNote: (l) => loadErrorNote(doc, l), langOf: (attribute) => (attribute ? resolveLang(attribute, doc) : lang),
  };

  const setExpanded = (expanded: boolean): void => launcher?.setAttribute('aria-expanded', String(expanded));
  /** The frame, loading or `failed`, in place of the one before; focus on its first button (retry, or close). */
  const drawFrame = (failed: boolean, query?: string, anchor?: HTMLElement): void => {
    frame?.remove();
    container.append((frame = createFrame(doc, lang, left, failed, { close, retry: () => void openFrom(query, anchor) })));
    isOpen = true;
    frame.querySelector('button')!.focus();
  };
  const afterClose = (): void => {
    if (!isOpen) return;
    isOpen = false;
    opening++;
    setExpanded(false);
    frame?.remove();
    frame = undefined;
    const back = opener;
    opener = undefined;
    if (back?.isConnected) back.focus();
  };

  const openFrom = async (query: string | undefined, anchor: HTMLElement | undefined): Promise<void> => {
    if (destroyed) return;
    const active = doc.activeElement;
    // Kept while help is open (a retry from the frame, a second open from the page).
    if (!isOpen) opener = anchor ?? (active instanceof HTMLElement && active !== doc.body && active !== host ? active : launcher);
    // Said in the frame of the tap (pressed, expanded, the frame drawn), before the panel's files arrive on a slow network.
    setExpanded(true);
    const ticket = ++opening;
    if (!ready) drawFrame(false);
    const loaded = await load();
    if (destroyed || ticket !== opening) return;
    if (!loaded) return drawFrame(true, query, anchor);
    frame?.remove();
    frame = undefined;
    attempt('panel failed', () => {
      panel ??= loaded.module.mountPanel(container, context(loaded));
      isOpen = true;
      panel.open(query, anchor ?? launcher);
      return true;
    }) ?? drawFrame(true, query, anchor);
  };

  const context = (loaded: Loaded): PanelContext => ({ ...shared, engine: loaded.engine, mode: 'dialog', anchor: launcher, onClose: afterClose });

  const close = (): void => {
    if (!isOpen) return;
    attempt('panel failed', () => panel?.close());
    afterClose();
  };

  const onLauncherClick = (): void => (isOpen ? close() : void openFrom(undefined, launcher));
  launcher?.addEventListener('click', onLauncherClick);
  for (const type of INTENT) launcher?.addEventListener(type, warm, { passive: true });
  const stopTriggers = watchTriggers(doc, { open: (trigger, query) => void openFrom(query, trigger), warm });
  // At idle: help when the site asks for it, else the outbox alone when items wait (the first
  // localStorage read of the page, a synchronous load that can take a while on a busy phone).
  // And the site's notices, with a collector.
  const cancelIdle = whenIdle(window, () => (notices(), options.prefetch === 'idle' ? warm() : hasPending(options.site) && void record()));

  // A page whose customElements.define throws still gets the launcher and triggers.
  attempt('<ayuda-help> unavailable', defineHelpElement);
  activeAyuda.set(shared);

  return {
    open: (query) => openFrom(query, undefined),
    close,
    async search(query) {
      const loaded = await load();
      return (await loaded?.module.find(loaded.engine, options.index, query, lang)) ?? { query, locale: lang, decision: 'none', confidence: 0, hits: [] };
    },
    identify(more) {
      traits = { ...traits, ...more };
    },
    on: events.on,
    consent(granted) {
      consented = granted;
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      stopTriggers();
      cancelIdle();
      // The launcher's own listeners go with it (remove() below).
      attempt('panel failed', () => panel?.destroy());
      panel = undefined;
      remove();
      events.clear();
      if (activeAyuda.get() === shared) activeAyuda.set(undefined);
    },
  };
}
