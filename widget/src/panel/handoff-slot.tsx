import { h } from 'preact';
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PanelContext, PanelEvent } from '../core/contract.ts';

/**
 * The panel's side of the hand-off to a person. The hand-off itself (form,
 * journey, channels, transcript, chat adapters) is a chunk of its own,
 * loaded when the customer first reaches it; the panel carries only:
 * - `HandoffSlot`: the "Talk to a person" button, offered after a search
 *   that found nothing or only weak matches, after "No", and in the footer;
 * - `HandoffHost`: the hand-off view, rendered with the panel's Preact;
 * - `journal`: the journey recorder (a smaller chunk) fed with the panel's
 *   events, so the journey is kept from the first search on.
 */

type HandoffChunk = typeof import('../handoff/handoff.ts');
type JournalChunk = typeof import('../handoff/journal.ts');

let chunk: Promise<HandoffChunk> | undefined;
let journalChunk: Promise<JournalChunk> | undefined;
/** The journey's last write: the hand-off view opens once it has landed. */
let journaled: Promise<unknown> = Promise.resolve();

/** Load the hand-off chunk (once; again after a failure) and give it the panel's Preact. */
export function loadHandoff(): Promise<HandoffChunk> {
  return (chunk ??= import('../handoff/handoff.ts').then(
    (m) => (m.providePreact({ h, useState, useEffect, useLayoutEffect, useRef, useId }), m),
    (error: unknown) => {
      chunk = undefined;
      throw error;
    },
  ));
}

/** Keep `event` in the customer's journey (searches, answers read, feedback); nothing is kept where no hand-off is offered. */
export function journal(ctx: PanelContext, event: PanelEvent): void {
  if (!handoffOffered(ctx) || (event.type !== 'search' && event.type !== 'answer_read' && event.type !== 'feedback')) return;
  journaled = (journalChunk ??= import('../handoff/journal.ts')).then(
    (m) => m.recordEvent(ctx, event),
    () => void (journalChunk = undefined),
  );
}

/** A flag the hand-off chunk set for this site (handoff/deliver/requests.ts `flag`): its value, or ''. */
function flagOf(ctx: PanelContext, name: 'requests' | 'draft'): string {
  try {
    return localStorage.getItem(`ayuda-${name}:${ctx.options.site}`) ?? '';
  } catch {
    return '';
  }
}

/** Whether this browser has made requests to a person on this site. */
export const hasRequests = (ctx: PanelContext): boolean => !!flagOf(ctx, 'requests');

/** Whether a message to a person is being written (a draft kept, not older than the journey's days). */
export const hasDraft = (ctx: PanelContext): boolean => Date.now() - Number(flagOf(ctx, 'draft')) < (ctx.options.journeyDays ?? 7) * 86_400_000;

/** When help opens with requests: their status and replies are asked for at once, so "Your requests" is current. */
export function refreshRequests(ctx: PanelContext): void {
  if (hasRequests(ctx)) void loadHandoff().then((m) => m.refreshRequests(ctx), () => {});
}

/** Whether the site offers a hand-off at all. */
export function handoffOffered(ctx: PanelContext): boolean {
  return !!(ctx.options.channels?.length || (ctx.options.collector && ctx.options.site));
}

export interface HandoffSlotProps {
  label: string;
  /** Unset: no hand-off on this site. */
  onHandoff?: () => void;
}

/** The chunk loads when the pointer, focus or a finger reaches the button: only customers about to ask a person pay for it. */
const warm = (): void => void loadHandoff().catch(() => {});

export function HandoffSlot({ label, onHandoff }: HandoffSlotProps) {
  if (!onHandoff) return null;
  return (
    <p class="ay-ho-offer">
      <button type="button" class="ay-btn" onClick={onHandoff} onPointerEnter={warm} onFocus={warm} onTouchStart={warm}>
        {label}
      </button>
    </p>
  );
}

export interface HandoffHostProps {
  ctx: PanelContext;
  query: string;
  /** Opened from "Your requests". */
  requests?: boolean;
  onBack(): void;
  /** Said (and shown) while the chunk loads. */
  loading: string;
}

/** The hand-off view, once its chunk and the journey's last write are in (back to the help if the chunk cannot load). */
export function HandoffHost({ ctx, query, onBack, loading, requests }: HandoffHostProps) {
  const box = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<HandoffChunk['HandoffView'] | undefined>(undefined);
  useEffect(() => {
    void Promise.all([loadHandoff(), journaled]).then(([m]) => {
      m.adoptHandoffSheet(box.current!);
      setView(() => m.HandoffView);
    }, onBack);
  }, []);
  return <div ref={box} aria-busy={!view}>{view ? h(view, { ctx, query, onBack, requests }) : <p role="status" class="ay-h">{loading}</p>}</div>;
}
