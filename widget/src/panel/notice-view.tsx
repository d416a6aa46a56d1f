/**
 * Notices in the panel: a banner at the top for the notices of this page
 * (dismissible), and the notices the customer's question is about pinned
 * above the results. Each shows its kind and title; "Details" opens its body
 * (sanitized HTML from the collector). Shown and opened notices are
 * reported (`notice_shown` once per notice and panel, `notice_read`).
 */
import { AnswerBody } from './answer-view.tsx';
import { useEffect, useId, useState } from 'preact/hooks';
import type { PanelContext } from '../core/contract.ts';
import type { UiStrings } from '../i18n/index.ts';
import { createSearchEngine, type SearchEngine } from '../search/engine.ts';
import { loadStemmers } from '../search/stem.ts';
import { findNotices } from '../notices/find-notices.ts';
import { contentFor, isLive } from '../notices/match.ts';
import { noticesOf } from '../notices/slot.ts';
import type { PublicNotice } from '../notices/types.ts';

export interface PanelNotices {
  notices: PublicNotice[];
  onPage: string[];
  /** The engine over the notices' index, to match questions. */
  engine?: SearchEngine;
}

/** The site's notices with their engine, once the notices chunk has them; undefined when there are none (or it has not started). */
export async function loadPanelNotices(ctx: PanelContext): Promise<PanelNotices | undefined> {
  const loaded = await noticesOf(ctx.options);
  if (!loaded?.notices.length) return undefined;
  const { index } = loaded;
  if (!index) return loaded;
  await loadStemmers(index.locales.map((l) => l.locale));
  return { ...loaded, engine: createSearchEngine(index) };
}

/** What the panel shows now: the page's banner (live, not dismissed, not pinned) and the pinned ones. */
export function noticesNow(pn: PanelNotices | undefined, query: string, lang: string, dismissed: readonly string[], now = Date.now()): { banner: PublicNotice[]; pinned: PublicNotice[] } {
  const live = pn?.notices.filter((n) => isLive(n, now)) ?? [];
  const about = pn?.engine ? findNotices(pn.engine, query, lang) : [];
  return {
    pinned: about.map((id) => live.find((n) => n.id === id)).filter((n) => n !== undefined),
    banner: live.filter((n) => pn!.onPage.includes(n.id) && !dismissed.includes(n.id) && !about.includes(n.id)),
  };
}

export interface NoticeCardProps {
  notice: PublicNotice;
  t: UiStrings;
  lang: string;
  /** Pinned above the results (else the page's banner). */
  pinned?: boolean;
  onShown(id: string): void;
  onRead(id: string): void;
  /** Hide the banner (unset: not dismissible). */
  onDismiss?: (id: string) => void;
}

export function NoticeCard({ notice, t, lang, pinned, onShown, onRead, onDismiss }: NoticeCardProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const { locale, title, html } = contentFor(notice, lang);
  useEffect(() => onShown(notice.id), [notice.id]);
  const kind = t.notice?.[notice.severity] ?? notice.severity;
  return (
    <section class={`ay-notice ay-n-${notice.severity}${pinned ? ' ay-pinned' : ''}`} aria-labelledby={`${id}n`} lang={locale}>
      <h3 id={`${id}n`} class="ay-nt">
        <span class="ay-nk">{kind}</span> {title}
      </h3>
      <button
        type="button"
        class="ay-nmore"
        aria-expanded={open}
        aria-controls={`${id}b`}
        onClick={() => {
          if (!open) onRead(notice.id);
          setOpen(!open);
        }}
      >
        {t.noticeMore}
      </button>
      {/* Safe to insert: the collector rendered the lead's Markdown and sanitized it with the FAQ
          answers' allowlist (widget/compiler/render-answer.ts, server/notices/public-notices.ts);
          set through the `ayuda` Trusted Types policy like an answer, or as text where the page forbids it. */}
      <AnswerBody id={`${id}b`} class="ay-answer ay-nb" hidden={!open} html={html} />
      {onDismiss && (
        <button type="button" class="ay-icon ay-ndismiss" aria-label={t.noticeDismiss.replace('{title}', title)} onClick={() => onDismiss(notice.id)}>
          <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6 6 18" /></svg>
        </button>
      )}
    </section>
  );
}
