/**
 * Admins manage sites: each one's key (the widget's `data-site`), name,
 * allowed page origins and hand-off destinations, with the script tag to
 * paste. Sites of ayuda.config.json are listed read-only; those added here
 * can be edited and deleted. Everything shown is text (names, origins and
 * addresses are admin-entered); the webhook secret is write-only.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, type User } from '../api.ts';
import { formField } from '../components/form-field.tsx';
import { rich, useI18n } from '../i18n/context.tsx';
import { errorText, refusal } from '../i18n/errors.ts';
import type { I18n } from '../i18n/i18n.ts';
import { useData } from '../use-data.ts';
import type { SitesReply, SiteView } from '../../shared/views.ts';
import { SiteFaq } from './site-faq.tsx';

/** The tag a site pastes into its pages; `src` is wherever `ayuda build --out` put the widget. */
export function scriptTag(key: string, collector: string): string {
  return `<script src="/ayuda/ayuda.js" data-site="${key}" data-collector="${collector}" async></script>`;
}

const list = (to: string | string[] | undefined): string[] => (to === undefined ? [] : Array.isArray(to) ? to : [to]);
const channelsText = (t: I18n, channels: string[] | undefined): string => (channels?.length ? t.fill(t.s.sites.handoffsBy, { channels: channels.join(', ') }) : t.s.sites.everyHandoff);

type Message = { ok: boolean; text: string } | undefined;

export function SitesPage({ user }: { user: User }) {
  const t = useI18n();
  const s = t.s.sites;
  const { data, error, reload } = useData(() => (user.role === 'admin' ? api.get<SitesReply>('/sites') : Promise.resolve(undefined)), 'sites');
  /** null: the form adds a site; a site: the form edits it. */
  const [editing, setEditing] = useState<SiteView | null>(null);
  const [confirming, setConfirming] = useState<string | undefined>();
  const [message, setMessage] = useState<Message>();
  if (user.role !== 'admin') return <><h1>{s.heading}</h1><p>{s.adminsOnly}</p></>;

  const remove = async (site: SiteView): Promise<void> => {
    try {
      await api.delete(`/sites/${encodeURIComponent(site.key)}`);
      setMessage({ ok: true, text: t.fill(s.deleted, { key: site.key }) });
      if (editing?.key === site.key) setEditing(null);
      reload();
    } catch (err) {
      setMessage({ ok: false, text: errorText(err, t) });
    }
    setConfirming(undefined);
  };

  return (
    <>
      <h1>{s.heading}</h1>
      <p class="hint">{rich(s.intro, { dataSite: <code>data-site</code>, config: <code>ayuda.config.json</code> })}</p>
      {error && <p class="error" role="alert">{error}</p>}
      <p class={message?.ok === false ? 'error' : 'ok'} role="status">{message?.text ?? ''}</p>
      {data && (
        <div class="sites">
          {data.sites.map((site) => (
            <section class="card site" aria-labelledby={`site-${site.key}`} data-site={site.key}>
              <h2 id={`site-${site.key}`}>
                {site.name} {site.name !== site.key && <small>({site.key})</small>}
              </h2>
              <p class="source">{site.source === 'config' ? s.fromConfig : t.fill(s.fromDashboard, { when: t.dateTime(site.updated_at) })}</p>
              <dl class="kv">
                <div>
                  <dt>{s.origins}</dt>
                  <dd>
                    {site.origins.length ? <ul class="plain">{site.origins.map((o) => <li><code>{o}</code></li>)}</ul> : s.noOrigins}
                  </dd>
                </div>
                <div>
                  <dt>{s.handoffs}</dt>
                  <dd>
                    <ul class="plain">
                      <li>{s.inboxAll}</li>
                      {site.handoff.email && (
                        <li>
                          {t.fill(site.handoff.email.from ? s.emailFrom : s.emailTo, {
                            to: list(site.handoff.email.to).join(', '),
                            from: site.handoff.email.from ?? '',
                            which: channelsText(t, site.handoff.email.channels),
                          })}
                        </li>
                      )}
                      {site.handoff.webhook && (
                        <li>
                          {rich(s.webhook, { url: <code>{site.handoff.webhook.url}</code>, hint: site.handoff.webhook.secret_hint, which: channelsText(t, site.handoff.webhook.channels) })}
                        </li>
                      )}
                    </ul>
                  </dd>
                </div>
                <div>
                  <dt>{t.s.siteFaq.label}</dt>
                  <dd><SiteFaq faq={site.faq} /></dd>
                </div>
                <div>
                  <dt>{t.s.retention.label}</dt>
                  <dd>{site.retentionDays ? t.plural(t.s.retention.days, site.retentionDays) : t.s.retention.kept}</dd>
                </div>
              </dl>
              <Snippet site={site} />
              {site.source === 'dashboard' && (
                <div class="actions">
                  {confirming === site.key ? (
                    <>
                      <span>{t.fill(s.confirmDelete, { key: site.key })}</span>
                      <button type="button" class="danger" onClick={() => void remove(site)}>{t.fill(s.yesDelete, { key: site.key })}</button>
                      <button type="button" class="secondary" onClick={() => setConfirming(undefined)}>{s.keep}</button>
                    </>
                  ) : (
                    <>
                      <button type="button" onClick={() => { setEditing(site); setMessage(undefined); }}>{s.edit}<span class="visually-hidden"> {site.key}</span></button>
                      <button type="button" class="secondary" onClick={() => setConfirming(site.key)}>{s.delete}<span class="visually-hidden"> {site.key}</span></button>
                    </>
                  )}
                </div>
              )}
            </section>
          ))}
        </div>
      )}
      {data && (
        <SiteForm
          key={editing?.key ?? '(new)'}
          site={editing}
          channels={data.channels}
          onSaved={(text) => {
            setMessage({ ok: true, text });
            setEditing(null);
            reload();
          }}
          onCancel={() => setEditing(null)}
        />
      )}
    </>
  );
}

function Snippet({ site }: { site: SiteView }) {
  const { s, fill } = useI18n();
  const tag = scriptTag(site.key, location.origin);
  const [copied, setCopied] = useState('');
  const copy = (): void => {
    navigator.clipboard?.writeText(tag).then(() => setCopied(s.sites.copied), () => setCopied(s.sites.copyByHand));
  };
  return (
    <div class="snippet">
      <h3>{fill(s.sites.scriptFor, { key: site.key })}</h3>
      <pre><code>{tag}</code></pre>
      <button type="button" class="secondary" onClick={copy}>{s.sites.copy}</button> <span role="status">{copied}</span>
    </div>
  );
}

function SiteForm({ site, channels, onSaved, onCancel }: { site: SiteView | null; channels: readonly string[]; onSaved: (text: string) => void; onCancel: () => void }) {
  const t = useI18n();
  const s = t.s.sites;
  const f = s.form;
  /** A refusal, on its field (or the whole form) and as one sentence. */
  const [problem, setProblem] = useState<{ field: string; text: string; sentence: string } | undefined>();
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (site) heading.current?.focus();
  }, [site]);
  useEffect(() => {
    if (problem && problem.field !== 'form') (form.current?.querySelector(`[name="${problem.field}"]`) as HTMLElement | null)?.focus();
  }, [problem]);

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const text = (name: string): string => String(data.get(name) ?? '').trim();
    const words = (name: string): string[] => text(name).split(/[\s,]+/).filter(Boolean);
    const picked = (name: string): string[] => data.getAll(name).map(String);
    const to = words('email_to');
    const email = to.length || text('email_from') ? { to: to.length === 1 ? to[0]! : to, ...(text('email_from') ? { from: text('email_from') } : {}), channels: picked('email_channels') } : undefined;
    const webhook = text('webhook_url') || text('webhook_secret') ? { url: text('webhook_url'), ...(text('webhook_secret') ? { secret: text('webhook_secret') } : {}), channels: picked('webhook_channels') } : undefined;
    const body = {
      ...(site ? {} : { key: text('key') }),
      name: text('name'),
      origins: words('origins'),
      faq: text('faq'),
      retentionDays: text('retention') ? Number(text('retention')) : null,
      ...(email || webhook ? { handoff: { ...(email ? { email } : {}), ...(webhook ? { webhook } : {}) } } : {}),
    };
    setBusy(true);
    try {
      if (site) await api.put(`/sites/${encodeURIComponent(site.key)}`, body);
      else await api.post('/sites', body);
      setProblem(undefined);
      form.current?.reset();
      onSaved(site ? t.fill(s.saved, { key: site.key }) : t.fill(s.addedSite, { key: String(body.key) }));
    } catch (err) {
      const { field = 'form', text } = refusal(err, t);
      setProblem({ field, text, sentence: errorText(err, t) });
    } finally {
      setBusy(false);
    }
  };

  const field = formField('site', problem);
  const channelBoxes = (name: 'email_channels' | 'webhook_channels', chosen: string[] | undefined) => (
    <fieldset class="checks">
      <legend>{f.channels}</legend>
      {channels.map((c) => (
        <label><input type="checkbox" name={name} value={c} defaultChecked={!!chosen?.includes(c)} aria-describedby={problem?.field === name ? `${name}-error` : undefined} /> {c}</label>
      ))}
      {problem?.field === name && <span class="error" id={`${name}-error`}>{problem.text}</span>}
    </fieldset>
  );
  const secretHint = site?.handoff.webhook ? t.fill(f.secretKeep, { hint: site.handoff.webhook.secret_hint }) : f.secretHint;

  return (
    <form ref={form} class="site-form card" aria-labelledby="site-form-title" noValidate onSubmit={(e) => void submit(e)}>
      <h2 id="site-form-title" ref={heading} tabIndex={-1}>{site ? t.fill(f.edit, { key: site.key }) : f.add}</h2>
      <div role="alert" class="error">{problem?.sentence ?? ''}</div>
      <div class="grid">
        {field('key', f.key, (p) => <input {...p} required maxLength={64} autocomplete="off" spellcheck={false} defaultValue={site?.key ?? ''} readOnly={!!site} />, site ? f.keyFixed : f.keyHint)}
        {field('name', f.name, (p) => <input {...p} maxLength={100} defaultValue={site?.name ?? ''} />, f.nameHint)}
        {field('origins', f.origins, (p) => <textarea {...p} rows={3} required spellcheck={false} placeholder={'https://shop.example\nhttp://localhost:*'} defaultValue={site?.origins.join('\n') ?? ''} />, f.originsHint, true)}
        {field('retention', t.s.retention.fieldLabel, (p) => <input {...p} type="number" inputMode="numeric" min={1} max={3650} step={1} defaultValue={site?.retentionDays ?? ''} />, t.s.retention.fieldHint)}
        {field('faq', t.s.siteFaq.fieldLabel, (p) => <input {...p} maxLength={1000} spellcheck={false} placeholder="https://shop.example/ayuda/faq-index.json" defaultValue={site?.faq?.source ?? ''} />, t.s.siteFaq.fieldHint, true)}
      </div>
      <fieldset>
        <legend>{f.email}</legend>
        <div class="grid">
          {field('email_to', f.emailTo, (p) => <input {...p} defaultValue={list(site?.handoff.email?.to).join(', ')} />, f.emailToHint)}
          {field('email_from', f.emailFrom, (p) => <input {...p} placeholder="Ayuda <ayuda@shop.example>" defaultValue={site?.handoff.email?.from ?? ''} />)}
        </div>
        {channelBoxes('email_channels', site?.handoff.email?.channels)}
      </fieldset>
      <fieldset>
        <legend>{f.webhook}</legend>
        <div class="grid">
          {field('webhook_url', f.webhookUrl, (p) => <input {...p} type="url" placeholder="https://crm.shop.example/hooks/ayuda" defaultValue={site?.handoff.webhook?.url ?? ''} />)}
          {field('webhook_secret', f.webhookSecret, (p) => <input {...p} type="password" autocomplete="new-password" />, secretHint)}
        </div>
        {channelBoxes('webhook_channels', site?.handoff.webhook?.channels)}
      </fieldset>
      <div class="actions">
        <button type="submit" disabled={busy}>{site ? f.save : f.submit}</button>
        {site && <button type="button" class="secondary" onClick={onCancel}>{f.cancel}</button>}
      </div>
    </form>
  );
}
