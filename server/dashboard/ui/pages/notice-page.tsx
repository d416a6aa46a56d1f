/**
 * One notice's page: what customers read (the lead's text, shown as text),
 * where it applies and what it is about, how many customers saw and opened
 * it, and the unanswered questions and hand-offs on its topic while it was
 * live against the 28 days before (server/notices/notice-stats.ts).
 */
import type { ComponentChild } from 'preact';
import { api, type User } from '../api.ts';
import { useI18n } from '../i18n/context.tsx';
import { BASE, onLinkClick } from '../router.ts';
import { useData } from '../use-data.ts';
import type { NoticeReply, TopicChange } from '../../../notices/views.ts';
import { noticeTitle } from './notice-title.ts';

export function NoticePage({ id, user }: { id: number; user: User }) {
  const t = useI18n();
  const N = t.s.notices;
  const P = N.page;
  const { data, error } = useData(() => api.get<NoticeReply>(`/notices/${id}`), `notice-${id}`);
  const back = <p class="crumbs"><a href={`${BASE}/notices`} onClick={onLinkClick}>{P.back}</a></p>;
  if (error) return <>{back}<p class="error" role="alert">{error}</p></>;
  if (!data) return <p class="loading" role="status">{t.s.loading}</p>;
  const { notice: n, stats, titles } = data;
  const list = (items: string[], render: (s: string) => ComponentChild = (s) => s) =>
    items.length ? <ul class="plain">{items.map((s) => <li>{render(s)}</li>)}</ul> : P.noneSet;

  return (
    <>
      {back}
      <h1 class="question">{noticeTitle(n, t)}</h1>
      <dl class="facts">
        <div><dt>{P.facts.status}</dt><dd><span class={`status notice-${n.status}`}>{N.statuses[n.status]}</span></dd></div>
        <div><dt>{P.facts.severity}</dt><dd>{N.severities[n.severity]}</dd></div>
        <div><dt>{P.facts.site}</dt><dd>{n.site}</dd></div>
        <div><dt>{P.facts.starts}</dt><dd>{t.dateTime(n.starts_at)}</dd></div>
        <div><dt>{P.facts.ends}</dt><dd>{t.dateTime(n.ends_at)}</dd></div>
        <div><dt>{P.facts.key}</dt><dd><code>{n.key}</code></dd></div>
        <div><dt>{P.facts.by}</dt><dd>{n.created_by}</dd></div>
      </dl>
      {user.role === 'admin' && (
        <p><a class="button secondary" href={`${BASE}/notices?${new URLSearchParams({ edit: String(n.id) }).toString()}`} onClick={onLinkClick}>{P.edit}</a></p>
      )}

      <section class="card" aria-labelledby="notice-reach">
        <h2 id="notice-reach">{P.reach}</h2>
        <dl class="facts reach">
          <div><dt>{P.seen}</dt><dd class="big" data-testid="notice-seen">{t.number(stats.seen)}</dd></div>
          <div><dt>{P.opened}</dt><dd class="big" data-testid="notice-opened">{t.number(stats.opened)}</dd></div>
        </dl>
        <p class="hint">{t.fill(P.reachHint, { seen: stats.seen, opened: stats.opened })}</p>
      </section>

      <section class="card" aria-labelledby="notice-topic">
        <h2 id="notice-topic">{P.topic}</h2>
        <p class="hint">{P.topicHint}</p>
        {stats.unanswered && stats.handoffs ? (
          <div class="cards">
            <TopicTable id="notice-unanswered" caption={P.unanswered} change={stats.unanswered} />
            <TopicTable id="notice-handoffs" caption={P.handoffs} change={stats.handoffs} />
          </div>
        ) : (
          <p class="empty">{P.notStarted}</p>
        )}
      </section>

      <section class="card" aria-labelledby="notice-content">
        <h2 id="notice-content">{P.content}</h2>
        {(['es', 'en'] as const).filter((l) => n.content[l]).map((l) => (
          <div class="notice-text" lang={l}>
            <h3>{t.languageName(l)}: <span class="wording">{n.content[l]!.title}</span></h3>
            {n.content[l]!.body && <pre class="transcript">{n.content[l]!.body}</pre>}
          </div>
        ))}
      </section>

      <section class="card" aria-labelledby="notice-where">
        <h2 id="notice-where">{P.where}</h2>
        <dl class="site kv notice-kv">
          <div><dt>{P.paths}</dt><dd>{!n.paths.length && !n.contexts.length ? P.everyPage : list(n.paths, (s) => <code>{s}</code>)}</dd></div>
          <div><dt>{P.contexts}</dt><dd>{list(n.contexts, (s) => <code>{s}</code>)}</dd></div>
          <div><dt>{P.about}</dt><dd class="wording">{n.about || P.noneSet}</dd></div>
          <div><dt>{P.words}</dt><dd class="wording">{list(n.words)}</dd></div>
          <div><dt>{P.entries}</dt><dd>{list(n.entries, (e) => <>{titles[e] ? <span class="wording">{titles[e]} </span> : null}<code>{e}</code></>)}</dd></div>
        </dl>
      </section>
    </>
  );
}

/** A topic's count before and while live, in the unit both sides share. */
function TopicTable({ id, caption, change }: { id: string; caption: string; change: TopicChange }) {
  const t = useI18n();
  const P = t.s.notices.page;
  const rate = (side: TopicChange['before']): string => (change.unit === 'per_1000' ? t.fill(P.per1000, { rate: t.number(side.per_1000, 2) }) : t.fill(P.perDay, { rate: t.number(side.per_day, 2) }));
  const { before, during } = change;
  return (
    <table class="before-after" id={id}>
      <caption>{caption}</caption>
      <thead>
        <tr><td></td><th scope="col">{P.before}</th><th scope="col">{P.during}</th></tr>
      </thead>
      <tbody>
        <tr><th scope="row">{P.days}</th><td class="num">{t.number(before.days)}</td><td class="num">{t.number(during.days)}</td></tr>
        <tr><th scope="row">{P.questions}</th><td class="num" data-testid={`${id}-before`}>{t.number(before.questions)}</td><td class="num" data-testid={`${id}-during`}>{t.number(during.questions)}</td></tr>
        <tr><th scope="row">{P.searches}</th><td class="num">{t.number(before.searches)}</td><td class="num">{t.number(during.searches)}</td></tr>
        <tr><th scope="row">{P.rate}</th><td class="num">{rate(before)}</td><td class="num">{rate(during)}</td></tr>
      </tbody>
    </table>
  );
}
