import { useEffect, useId, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import type { PanelContext } from '../core/contract.ts';
import { isRtl, plural, stringsFor } from '../i18n/index.ts';
import { addressedEntry, listAddress } from './answer-address.ts';
import { AnswerView } from './answer-view.tsx';
import { loadAnswer, PREFETCH } from './answers.ts';
import { HandoffHost, HandoffSlot, handoffOffered, hasDraft, hasRequests, refreshRequests } from './handoff-slot.tsx';
import { loadLocale } from './load-locale.ts';
import { NARROW, place } from './place.ts';
import type { Reporter } from './reporter.ts';
import { SearchView } from './search-view.tsx';
import { loadPanelNotices, NoticeCard, noticesNow, type PanelNotices } from './notice-view.tsx';
import { feedbackFor, initialState, listKind, optionIds, reduce, type PanelState } from './state.ts';
import { popularIds, suggestedIds } from './suggestions.ts';
import { trapTab } from './trap-tab.ts';

/**
 * The dialog is modal only as the full-screen sheet of small screens, where
 * it covers the page: there it says so (`aria-modal`) and keeps Tab inside.
 * Floating beside the page it is a non-modal dialog (Tab leaves it, a press
 * outside closes it), as the page behind stays in reach.
 */
const sheet = (): boolean => matchMedia(NARROW).matches;

/** Result counts are announced once typing pauses this long. */
export const ANNOUNCE_MS = 300;

/** Hits shown per search. */
export const LIMIT = 8;

/** An `open()` call: `seq` grows with each one. */
export interface OpenRequest {
  seq: number;
  query?: string;
  anchor?: HTMLElement;
}

export interface PanelProps {
  ctx: PanelContext;
  reporter: Reporter;
  /** Dialog mode: whether it shows. Inline: always true. */
  open: boolean;
  request: OpenRequest;
  /** The customer closed the dialog (close button, Escape). */
  onClose(): void;
}

const offered = (ctx: PanelContext) => ({
  suggestions: suggestedIds(ctx.engine, ctx.options, ctx.lang, location.pathname),
  popular: popularIds(ctx.engine, ctx.lang),
});

/**
 * The help panel: search as you type, answers with feedback, nothing-found
 * help. A modal dialog (focus trapped, Escape closes) or inline in the page.
 * State lives in ./state.ts, events in ./reporter.ts; this only wires them
 * to the DOM.
 */
export function Panel({ ctx, reporter, open, request, onClose }: PanelProps) {
  const t = stringsFor(ctx.engine.ui, ctx.lang);
  const dialog = ctx.mode === 'dialog';
  const id = useId();
  const [state, dispatch] = useReducer(reduce, undefined as unknown as PanelState, () => {
    const { suggestions, popular } = offered(ctx);
    return initialState(suggestions, popular);
  });
  const [said, setSaid] = useState('');
  /** The hand-off view is open, prefilled with this query. */
  const [handoff, setHandoff] = useState<string | undefined>(undefined);
  /** The hand-off view opened on "Your requests". */
  const [requests, setRequests] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  /** Where focus goes once that element is rendered. */
  const focus = useRef<'input' | 'heading' | undefined>(undefined);
  /** The site's notices (./notice-view.tsx), the banners the customer closed, the notices reported shown. */
  const [notices, setNotices] = useState<PanelNotices | undefined>();
  const [dismissed, setDismissed] = useState<string[]>([]);
  const reported = useRef(new Set<string>());
  // Each open: the notices, once the notices chunk (loaded at idle) has them.
  useEffect(() => {
    if (open && !notices) void loadPanelNotices(ctx).then(setNotices, () => undefined);
  }, [open, request.seq]);
  const noticeEvent = (type: 'notice_shown' | 'notice_read', notice: string): void => {
    if (ctx.consented?.() === false || (type === 'notice_shown' && reported.current.has(notice))) return;
    if (type === 'notice_shown') reported.current.add(notice);
    ctx.emit({ type, notice });
  };

  /** The query whose results are on screen (unset while an answer is open). */
  const shown = useRef<string | undefined>(undefined);
  const search = (query: string) => {
    const result = query.trim() ? ctx.engine.search(query, { locale: ctx.lang, limit: LIMIT, partial: true }) : undefined;
    dispatch({ type: 'input', query, result });
    reporter.typed(result);
    shown.current = query;
    // Searched before the engine was warm (rough): again shortly while on screen, the search the reporter settles on.
    if (result?.rough) setTimeout(() => shown.current === query && search(query), 100);
    // Written in a language whose part of the FAQ is not loaded yet: load it, then search again if still on screen.
    for (const locale of result?.elsewhere ?? []) {
      void loadLocale(ctx.engine, ctx.options.index, locale).then((loaded) => loaded && shown.current === query && search(query));
    }
  };
  const { address } = ctx;
  /** `fromUrl`: the address changed (Back, Forward, a link), so the history already has it. */
  const openEntry = (entryId: string, fromUrl?: boolean) => {
    shown.current = undefined;
    reporter.opened(entryId, state.query);
    dispatch({ type: 'open', entryId });
    focus.current = 'heading';
    if (address && !fromUrl) history.pushState({ ayuda: entryId }, '', address + encodeURIComponent(entryId));
  };
  const back = (fromUrl?: boolean) => {
    if (address && !fromUrl) {
      // An answer this panel added to the history: the browser goes back and `route` follows.
      if (history.state?.ayuda) return history.back();
      history.replaceState(null, '', listAddress(address, location));
    }
    const previous = state.history.at(-1);
    if (previous?.entryId) reporter.opened(previous.entryId, state.query);
    else reporter.left();
    dispatch({ type: 'back' });
    focus.current = previous?.view === 'answer' ? 'heading' : 'input';
  };

  /** Inline: follow the address (on mount, then on each history move) to its answer, or back to the list. */
  const route = useRef<() => void>(null!);
  route.current = () => {
    // `state.entryId` is set exactly while an answer is open, and the history is empty on the list.
    const entryId = addressedEntry(address!, location);
    if (entryId == state.entryId) return;
    if (state.history.at(-1)?.entryId == entryId) back(true);
    else if (entryId && ctx.engine.entry(entryId)) openEntry(entryId, true);
  };
  useEffect(() => {
    if (!address) return;
    const follow = () => route.current();
    follow();
    addEventListener('popstate', follow);
    return () => removeEventListener('popstate', follow);
  }, []);

  const toHandoff = handoffOffered(ctx)
    ? () => {
        reporter.flush(); // the settled search and the answer being read join the journey first
        reporter.handedOff();
        setRequests(false);
        setHandoff(state.query);
      }
    : undefined;
  const toRequests = () => {
    setRequests(true);
    setHandoff('');
  };
  const fromHandoff = () => {
    setHandoff(undefined);
    focus.current = state.view === 'answer' ? 'heading' : 'input';
  };

  // Each open(): back to the search with this page's suggestions, the query typed in, focus in the box.
  useLayoutEffect(() => {
    if (!request.seq) return;
    if (request.query !== undefined) setHandoff(undefined);
    dispatch({ type: 'reset', ...offered(ctx) });
    setSaid('');
    if (request.query !== undefined) search(request.query);
    focus.current = 'input';
  }, [request.seq]);

  useLayoutEffect(() => {
    const target = (focus.current === 'input' ? input : heading).current;
    if (focus.current && target && open) {
      target.focus();
      focus.current = undefined;
    }
  });

  useLayoutEffect(() => {
    if (dialog && open && panel.current) return place(panel.current, request.anchor ?? ctx.anchor);
  }, [dialog, open, request.anchor]);

  // Floating beside the page, the dialog is not modal (the page stays in reach): a press outside help closes it.
  useEffect(() => {
    if (!dialog || !open) return;
    const down = (e: PointerEvent) => void (!sheet() && !e.composedPath().includes((panel.current!.getRootNode() as ShadowRoot).host) && onClose());
    addEventListener('pointerdown', down, true);
    return () => removeEventListener('pointerdown', down, true);
  }, [dialog, open]);

  // Help opened: the requests' status and replies are asked for now.
  useEffect(() => {
    if (open) refreshRequests(ctx);
  }, [open]);

  // One polite announcement of the result count once typing pauses.
  useEffect(() => {
    const { result, view } = state;
    const text = !result ? '' : view === 'no-results' ? t.noResultCount : plural(t.resultCount, optionIds(state).length, t.lang);
    // The same words twice in a row are not re-read: vary them invisibly.
    const timer = setTimeout(() => setSaid((before) => (text && before === text ? `${text}\u00a0` : text)), ANNOUNCE_MS);
    return () => clearTimeout(timer);
  }, [state.result]);

  // The answers likely opened next, fetched before the click: the option under the pointer or the
  // arrows at once, the first results once typing pauses.
  useEffect(() => {
    if (!open) return;
    const ids = optionIds(state);
    const fetch = (entryId?: string) => {
      const e = entryId && ctx.engine.entry(entryId);
      if (e) loadAnswer(ctx.options.index, e).catch(() => undefined);
    };
    fetch(ids[state.active]);
    const timer = state.result && setTimeout(() => ids.slice(0, PREFETCH).forEach(fetch), ANNOUNCE_MS);
    return () => clearTimeout(timer);
  }, [state.result, state.active, open]);

  const { banner, pinned } = useMemo(() => noticesNow(notices, state.query, ctx.lang, dismissed), [notices, state.query, dismissed, open]);
  if (!open) return null;
  const card = (notice: PanelNotices['notices'][number], isPinned: boolean) => (
    <NoticeCard
      key={notice.id}
      notice={notice}
      t={t}
      lang={ctx.lang}
      pinned={isPinned}
      onShown={(n) => noticeEvent('notice_shown', n)}
      onRead={(n) => noticeEvent('notice_read', n)}
      onDismiss={
        isPinned
          ? undefined
          : (n) => {
              setDismissed([...dismissed, n]);
              focus.current = 'input';
            }
      }
    />
  );

  const onKeyDown = (e: KeyboardEvent) => {
    if (!dialog || e.isComposing) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    } else if (e.key === 'Tab' && sheet()) trapTab(e, panel.current!);
  };

  const entry = state.view === 'answer' && state.entryId ? ctx.engine.entry(state.entryId) : undefined;
  const fb = entry && feedbackFor(state, entry.id);
  // A message to a person was being written (a reload, another page): offered first, as "Continue your message".
  const draft = !!toHandoff && hasDraft(ctx);
  // Offered in the body already (nothing found, weak results, after "No"), or else in the footer.
  const offeredAbove = entry ? fb!.helpful === false && !fb!.sent : /^(popular|weak)$/.test(listKind(state));
  const left = ctx.options.position === 'bottom-left' ? ' ay-left' : '';

  return (
    <div
      ref={panel}
      class={dialog ? `ay-panel ay-dialog${left}` : 'ay-panel ay-inline'}
      role={dialog ? 'dialog' : 'region'}
      aria-modal={dialog && sheet() ? 'true' : undefined}
      aria-labelledby={`${id}t`}
      lang={t.lang}
      dir={isRtl(ctx.lang) ? 'rtl' : 'ltr'}
      onKeyDown={onKeyDown}
    >
      <div class="ay-head">
        <h2 id={`${id}t`} class="ay-title">{t.title}</h2>
        {dialog && (
          <button type="button" class="ay-icon ay-close" aria-label={t.close} onClick={onClose}>
            <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6 6 18" /></svg>
          </button>
        )}
      </div>
      <div class="ay-body">
        {handoff !== undefined ? (
          <HandoffHost ctx={ctx} query={handoff} onBack={fromHandoff} loading={t.loading} requests={requests} />
        ) : entry ? (
          <AnswerView
            key={entry.id}
            t={t}
            entry={entry}
            engine={ctx.engine}
            index={ctx.options.index}
            headingRef={heading}
            query={state.query}
            feedback={fb!}
            onHandoff={toHandoff}
            onBack={() => back()}
            onOpen={openEntry}
            onHelpful={(helpful) => {
              reporter.helpful(entry.id, state.query, helpful);
              dispatch({ type: 'helpful', entryId: entry.id, helpful });
            }}
            onComment={(text) => dispatch({ type: 'comment', entryId: entry.id, text })}
            onSend={() => {
              reporter.comment(feedbackFor(state, entry.id).comment);
              dispatch({ type: 'send', entryId: entry.id });
            }}
          />
        ) : (
          <>
          {banner.map((n) => card(n, false))}
          <SearchView
            id={id}
            t={t}
            state={state}
            engine={ctx.engine}
            placeholder={ctx.placeholder ?? t.placeholder}
            inputRef={input}
            onInput={search}
            onMove={(to) => dispatch({ type: 'move', to })}
            onActivate={(index) => dispatch({ type: 'activate', index })}
            onOpen={openEntry}
            onHandoff={toHandoff}
            pinned={pinned.map((n) => card(n, true))}
          />
          </>
        )}
        {handoff === undefined && (!offeredAbove || draft) && <HandoffSlot label={draft ? t.continueDraft : t.handoff} onHandoff={toHandoff} />}
        {handoff === undefined && toHandoff && hasRequests(ctx) && <HandoffSlot label={t.requests} onHandoff={toRequests} />}
      </div>
      <div class="ay-sr" aria-live="polite">{said}</div>
    </div>
  );
}
