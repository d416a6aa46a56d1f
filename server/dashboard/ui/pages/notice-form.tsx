/**
 * The form to publish or change a notice (./notices-page.tsx shows it to
 * admins): title and details per language, start and end, severity, where
 * it applies and what it is about; a refusal is shown on its field. A
 * spiking group's "Publish a notice" prefills it from the page's query
 * (`prefillOf`). Everything a lead typed is shown as text.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, ApiError } from '../api.ts';
import { formField } from '../components/form-field.tsx';
import { useI18n } from '../i18n/context.tsx';
import { errorText, refusal } from '../i18n/errors.ts';
import type { I18n } from '../i18n/i18n.ts';
import type { NoticeField } from '../i18n/types.ts';
import type { NoticeView } from '../../../notices/views.ts';
import { SEVERITIES } from '../../../../widget/src/notices/types.ts';
import { NOTICE_LOCALES as LOCALES, noticeTitle } from './notice-title.ts';

const HOUR = 3_600_000;

/** A `datetime-local` value (the browser's time zone) for epoch ms, to the minute. */
export function localInput(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The form's field a refusal's path names: `content.es.title` → es_title, `paths[1]` → paths. */
export function noticeFieldOf(path: string): NoticeField | undefined {
  const p = path.replace(/^body\./, '');
  const content = /^content\.(es|en)\.(title|body)/.exec(p);
  if (content) return `${content[1]}_${content[2]}` as NoticeField;
  if (p === 'content' || p.startsWith('content.')) return 'es_title';
  const name = /^[a-z_]+/.exec(p)?.[0];
  const fields: readonly string[] = ['site', 'severity', 'starts_at', 'ends_at', 'paths', 'contexts', 'about', 'entries', 'words'];
  return name && fields.includes(name) ? (name as NoticeField) : undefined;
}

/** A refusal on its field (or the form) and as one sentence. */
function noticeRefusal(err: unknown, t: I18n): { field: NoticeField | 'form'; text: string; sentence: string } {
  const N = t.s.notices;
  const field = err instanceof ApiError && err.status === 400 ? noticeFieldOf(err.path) : undefined;
  if (field) return { field, text: N.fields[field], sentence: `${N.fieldNames[field]}: ${N.fields[field]}` };
  if (err instanceof ApiError && err.status === 403 && err.path === 'site') return { field: 'site', text: N.fields.site, sentence: `${N.fieldNames.site}: ${N.fields.site}` };
  return { field: 'form', text: refusal(err, t).text, sentence: errorText(err, t) };
}

/** What a new notice starts from (a spiking group's words), from the page's query. */
export interface NoticePrefill {
  lang?: string;
  title?: string;
  words?: string[];
}

export function prefillOf(query: URLSearchParams): NoticePrefill | undefined {
  const title = query.get('title')?.slice(0, 140) ?? '';
  const words = (query.get('words') ?? '').split('\n').map((w) => w.trim()).filter(Boolean).slice(0, 50);
  if (!title && !words.length) return undefined;
  const lang = query.get('lang') ?? '';
  return { ...(title ? { title } : {}), ...(words.length ? { words } : {}), ...((LOCALES as readonly string[]).includes(lang) ? { lang } : {}) };
}

export function NoticeForm({ notice, prefill, sites, site, onSaved, onCancel }: { notice: NoticeView | null; prefill?: NoticePrefill; sites: string[]; site: string; onSaved: (n: NoticeView, added: boolean) => void; onCancel: () => void }) {
  const t = useI18n();
  const N = t.s.notices;
  const f = N.form;
  const [problem, setProblem] = useState<{ field: NoticeField | 'form'; text: string; sentence: string } | undefined>();
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Editing, or arriving from a spiking group: focus moves to the form's heading, so the lead knows where they are.
  useEffect(() => {
    if (notice || prefill) heading.current?.focus();
  }, [notice]);
  // A refusal: focus moves to the refused field (the alert reads it).
  useEffect(() => {
    if (problem && problem.field !== 'form') (form.current?.querySelector(`[name="${problem.field}"]`) as HTMLElement | null)?.focus();
  }, [problem]);
  const now = Date.now();
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const text = (name: string): string => String(data.get(name) ?? '').trim();
    const lines = (name: string): string[] => text(name).split('\n').map((s) => s.trim()).filter(Boolean);
    const when = (name: string): number | undefined => {
      const ms = new Date(text(name)).getTime();
      return Number.isFinite(ms) ? ms : undefined;
    };
    const content = Object.fromEntries(LOCALES.filter((l) => text(`${l}_title`) || text(`${l}_body`)).map((l) => [l, { title: text(`${l}_title`), body: text(`${l}_body`) }]));
    const body = {
      site: text('site'),
      severity: text('severity'),
      starts_at: when('starts_at'),
      ends_at: when('ends_at'),
      content,
      paths: lines('paths'),
      contexts: lines('contexts'),
      about: text('about'),
      entries: text('entries').split(/[\s,]+/).filter(Boolean),
      words: lines('words'),
    };
    setBusy(true);
    try {
      const reply = notice ? await api.put<{ notice: NoticeView }>(`/notices/${notice.id}`, body) : await api.post<{ notice: NoticeView }>('/notices', body);
      setProblem(undefined);
      if (!notice) form.current?.reset();
      onSaved(reply.notice, !notice);
    } catch (err) {
      setProblem(noticeRefusal(err, t));
    } finally {
      setBusy(false);
    }
  };

  const field = formField<NoticeField>('notice', problem);

  return (
    <form ref={form} class="site-form notice-form card" aria-labelledby="notice-form-title" noValidate onSubmit={(e) => void submit(e)}>
      <h2 id="notice-form-title" ref={heading} tabIndex={-1}>{notice ? t.fill(f.edit, { title: noticeTitle(notice, t) }) : f.add}</h2>
      <div role="alert" class="error">{problem?.sentence ?? ''}</div>
      <div class="grid">
        {field('site', f.site, (p) => (
          <select {...p} defaultValue={notice?.site ?? (site || sites[0])}>
            {sites.map((s) => <option value={s}>{s}</option>)}
          </select>
        ))}
        {field('severity', f.severity, (p) => (
          <select {...p} defaultValue={notice?.severity ?? 'info'}>
            {SEVERITIES.map((s) => <option value={s}>{N.severities[s]}</option>)}
          </select>
        ), f.severityHint)}
        {field('starts_at', f.startsAt, (p) => <input {...p} type="datetime-local" required defaultValue={localInput(notice?.starts_at ?? now)} />)}
        {field('ends_at', f.endsAt, (p) => <input {...p} type="datetime-local" required defaultValue={localInput(notice?.ends_at ?? now + 24 * HOUR)} />, t.fill(f.timesHint, { zone }))}
      </div>
      <p class="hint">{f.languagesHint}</p>
      {LOCALES.map((l) => (
        <fieldset lang={l}>
          <legend lang={t.lang}>{t.fill(f.inLanguage, { language: t.languageName(l) })}</legend>
          <div class="grid">
            {field(`${l}_title`, f.title, (p) => <input {...p} maxLength={140} defaultValue={notice?.content[l]?.title ?? (prefill?.lang === l ? prefill.title : '') ?? ''} />, undefined, true)}
            {field(`${l}_body`, f.body, (p) => <textarea {...p} rows={4} maxLength={4000} defaultValue={notice?.content[l]?.body ?? ''} />, f.bodyHint, true)}
          </div>
        </fieldset>
      ))}
      <fieldset>
        <legend>{f.where}</legend>
        <div class="grid">
          {field('paths', f.paths, (p) => <textarea {...p} rows={3} spellcheck={false} placeholder={'/envios/*\n/producto/*'} defaultValue={notice?.paths.join('\n') ?? ''} />, f.pathsHint)}
          {field('contexts', f.contexts, (p) => <textarea {...p} rows={3} spellcheck={false} placeholder="category=aspiradoras" defaultValue={notice?.contexts.join('\n') ?? ''} />, f.contextsHint)}
        </div>
      </fieldset>
      <fieldset>
        <legend>{f.about}</legend>
        <div class="grid">
          {field('about', f.aboutText, (p) => <textarea {...p} rows={2} maxLength={1000} defaultValue={notice?.about ?? ''} />, f.aboutHint, true)}
          {field('words', f.words, (p) => <textarea {...p} rows={3} defaultValue={notice?.words.join('\n') ?? prefill?.words?.join('\n') ?? ''} />, f.wordsHint)}
          {field('entries', f.entries, (p) => <input {...p} spellcheck={false} defaultValue={notice?.entries.join(', ') ?? ''} />, f.entriesHint)}
        </div>
      </fieldset>
      <div class="actions">
        <button type="submit" disabled={busy}>{notice ? f.save : f.submit}</button>
        {notice && <button type="button" class="secondary" onClick={onCancel}>{f.cancel}</button>}
      </div>
    </form>
  );
}
