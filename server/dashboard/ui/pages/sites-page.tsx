/**
 * Admins manage sites: each one's key (the widget's `data-site`), name,
 * allowed page origins and hand-off destinations, with the script tag to
 * paste. Sites of ayuda.config.json are listed read-only; those added here
 * can be edited and deleted. Everything shown is text (names, origins and
 * addresses are admin-entered); the webhook secret is write-only.
 */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, ApiError, type User } from '../api.ts';
import { dateTime } from '../components/format.ts';
import { useData } from '../use-data.ts';
import type { SitesReply, SiteView } from '../../shared/views.ts';
import { SiteFaq, SITE_FAQ_STRINGS } from './site-faq.tsx';

/** The tag a site pastes into its pages; `src` is wherever `ayuda build --out` put the widget. */
export function scriptTag(key: string, collector: string): string {
  return `<script src="/ayuda/ayuda.js" data-site="${key}" data-collector="${collector}" async></script>`;
}

const list = (to: string | string[] | undefined): string[] => (to === undefined ? [] : Array.isArray(to) ? to : [to]);
const channelsText = (channels: string[] | undefined): string => (channels?.length ? `hand-offs by ${channels.join(', ')}` : 'every hand-off');

type Message = { ok: boolean; text: string } | undefined;

export function SitesPage({ user }: { user: User }) {
  const { data, error, reload } = useData(() => (user.role === 'admin' ? api.get<SitesReply>('/sites') : Promise.resolve(undefined)), 'sites');
  /** null: the form adds a site; a site: the form edits it. */
  const [editing, setEditing] = useState<SiteView | null>(null);
  const [confirming, setConfirming] = useState<string | undefined>();
  const [message, setMessage] = useState<Message>();
  if (user.role !== 'admin') return <><h1>Sites</h1><p>Only admins manage sites.</p></>;

  const remove = async (site: SiteView): Promise<void> => {
    try {
      await api.delete(`/sites/${encodeURIComponent(site.key)}`);
      setMessage({ ok: true, text: `Deleted site ${site.key}. Its pages can no longer send questions or hand-offs.` });
      if (editing?.key === site.key) setEditing(null);
      reload();
    } catch (err) {
      setMessage({ ok: false, text: err instanceof ApiError ? err.message : 'Could not delete.' });
    }
    setConfirming(undefined);
  };

  return (
    <>
      <h1>Sites</h1>
      <p class="hint">
        A site is the key its pages send (<code>data-site</code>) and the origins those pages may be served from: the collector refuses questions and
        hand-offs from any other origin. Changes apply at once. Sites defined in <code>ayuda.config.json</code> are shown read-only: change them in the file
        and restart the collector.
      </p>
      {error && <p class="error" role="alert">{error}</p>}
      <p class={message?.ok === false ? 'error' : 'ok'} role="status">{message?.text ?? ''}</p>
      {data && (
        <div class="sites">
          {data.sites.map((site) => (
            <section class="card site" aria-labelledby={`site-${site.key}`} data-site={site.key}>
              <h2 id={`site-${site.key}`}>
                {site.name} {site.name !== site.key && <small>({site.key})</small>}
              </h2>
              <p class="source">{site.source === 'config' ? 'Defined in ayuda.config.json (read-only)' : `Added in the dashboard, changed ${dateTime(site.updated_at)}`}</p>
              <dl class="kv">
                <div>
                  <dt>Allowed origins</dt>
                  <dd>
                    {site.origins.length ? <ul class="plain">{site.origins.map((o) => <li><code>{o}</code></li>)}</ul> : 'none (only requests from outside a browser page)'}
                  </dd>
                </div>
                <div>
                  <dt>Hand-offs</dt>
                  <dd>
                    <ul class="plain">
                      <li>Inbox: every hand-off</li>
                      {site.handoff.email && (
                        <li>
                          Email to {list(site.handoff.email.to).join(', ')}
                          {site.handoff.email.from ? ` from ${site.handoff.email.from}` : ''}: {channelsText(site.handoff.email.channels)}
                        </li>
                      )}
                      {site.handoff.webhook && (
                        <li>
                          Webhook <code>{site.handoff.webhook.url}</code> (secret ending {site.handoff.webhook.secret_hint}): {channelsText(site.handoff.webhook.channels)}
                        </li>
                      )}
                    </ul>
                  </dd>
                </div>
                <div>
                  <dt>{SITE_FAQ_STRINGS.label}</dt>
                  <dd><SiteFaq faq={site.faq} /></dd>
                </div>
              </dl>
              <Snippet site={site} />
              {site.source === 'dashboard' && (
                <div class="actions">
                  {confirming === site.key ? (
                    <>
                      <span>Delete {site.key}? Its pages will be refused at once.</span>
                      <button type="button" class="danger" onClick={() => void remove(site)}>Yes, delete {site.key}</button>
                      <button type="button" class="secondary" onClick={() => setConfirming(undefined)}>Keep it</button>
                    </>
                  ) : (
                    <>
                      <button type="button" onClick={() => { setEditing(site); setMessage(undefined); }}>Edit<span class="visually-hidden"> {site.key}</span></button>
                      <button type="button" class="secondary" onClick={() => setConfirming(site.key)}>Delete<span class="visually-hidden"> {site.key}</span></button>
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
  const tag = scriptTag(site.key, location.origin);
  const [copied, setCopied] = useState('');
  const copy = (): void => {
    navigator.clipboard?.writeText(tag).then(() => setCopied('Copied.'), () => setCopied('Select the text and copy it.'));
  };
  return (
    <div class="snippet">
      <h3>Script tag for {site.key}</h3>
      <pre><code>{tag}</code></pre>
      <button type="button" class="secondary" onClick={copy}>Copy script tag</button> <span role="status">{copied}</span>
    </div>
  );
}

/** Where an API error's path ("origins[1]", "handoff.webhook.secret") is shown in the form. */
function fieldOf(path: string): string {
  const [, head, rest] = /^(key|name|origins|faq|handoff\.email|handoff\.webhook)\.?([a-z]*)/.exec(path) ?? [];
  if (!head) return 'form';
  if (!head.startsWith('handoff')) return head;
  return `${head.slice(8)}_${rest || (head.endsWith('email') ? 'to' : 'url')}`;
}

const LABELS: Record<string, string> = {
  key: 'Key', name: 'Name', origins: 'Allowed origins', faq: SITE_FAQ_STRINGS.label, email_to: 'Email to', email_from: 'Email from', email_channels: 'Email: channels',
  webhook_url: 'Webhook URL', webhook_secret: 'Webhook secret', webhook_channels: 'Webhook: channels',
};

function SiteForm({ site, channels, onSaved, onCancel }: { site: SiteView | null; channels: readonly string[]; onSaved: (text: string) => void; onCancel: () => void }) {
  const [problem, setProblem] = useState<{ field: string; text: string } | undefined>();
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
      ...(email || webhook ? { handoff: { ...(email ? { email } : {}), ...(webhook ? { webhook } : {}) } } : {}),
    };
    setBusy(true);
    try {
      if (site) await api.put(`/sites/${encodeURIComponent(site.key)}`, body);
      else await api.post('/sites', body);
      setProblem(undefined);
      form.current?.reset();
      onSaved(site ? `Saved site ${site.key}.` : `Added site ${String(body.key)}. Paste its script tag into its pages.`);
    } catch (err) {
      const field = err instanceof ApiError ? fieldOf(err.path) : 'form';
      setProblem({ field, text: err instanceof ApiError ? err.message : 'Could not save.' });
    } finally {
      setBusy(false);
    }
  };

  /**
   * One labelled control with its hint and, after a refusal, its error, both
   * read with it (aria-describedby); the label holds only the field's name.
   */
  const field = (name: string, label: string, control: (props: Record<string, unknown>) => JSX.Element, hint?: string, wide = false) => {
    const bad = problem?.field === name;
    const describedBy = [hint ? `${name}-hint` : '', bad ? `${name}-error` : ''].filter(Boolean).join(' ');
    return (
      <div class={wide ? 'field wide' : 'field'}>
        <label for={`site-${name}`}>{label}</label>
        {control({ id: `site-${name}`, name, 'aria-invalid': bad || undefined, 'aria-describedby': describedBy || undefined })}
        {hint && <small id={`${name}-hint`}>{hint}</small>}
        {bad && <span class="error" id={`${name}-error`}>{problem.text}</span>}
      </div>
    );
  };
  const channelBoxes = (name: 'email_channels' | 'webhook_channels', chosen: string[] | undefined) => (
    <fieldset class="checks">
      <legend>Only these hand-off channels (none ticked: all)</legend>
      {channels.map((c) => (
        <label><input type="checkbox" name={name} value={c} defaultChecked={!!chosen?.includes(c)} aria-describedby={problem?.field === name ? `${name}-error` : undefined} /> {c}</label>
      ))}
      {problem?.field === name && <span class="error" id={`${name}-error`}>{problem.text}</span>}
    </fieldset>
  );
  const secretHint = site?.handoff.webhook ? `Leave empty to keep the current secret (ending ${site.handoff.webhook.secret_hint}).` : 'At least 16 characters; your receiver checks the Ayuda-Signature header with it.';

  return (
    <form ref={form} class="site-form card" aria-labelledby="site-form-title" noValidate onSubmit={(e) => void submit(e)}>
      <h2 id="site-form-title" ref={heading} tabIndex={-1}>{site ? `Edit site ${site.key}` : 'Add a site'}</h2>
      <div role="alert" class="error">{problem ? `${LABELS[problem.field] ?? 'Site'}: ${problem.text}` : ''}</div>
      <div class="grid">
        {field('key', "Key (the widget's data-site)", (p) => <input {...p} required maxLength={64} autocomplete="off" spellcheck={false} defaultValue={site?.key ?? ''} readOnly={!!site} />, site ? 'A key cannot be changed.' : 'Letters, digits, _ and -; it cannot be changed later.')}
        {field('name', 'Name', (p) => <input {...p} maxLength={100} defaultValue={site?.name ?? ''} />, 'Shown here only; empty: the key.')}
        {field('origins', 'Allowed origins (one per line)', (p) => <textarea {...p} rows={3} required spellcheck={false} placeholder={'https://shop.example\nhttp://localhost:*'} defaultValue={site?.origins.join('\n') ?? ''} />, 'Scheme, host and port of the pages, like https://shop.example; :* allows any port.', true)}
        {field('faq', SITE_FAQ_STRINGS.fieldLabel, (p) => <input {...p} maxLength={1000} spellcheck={false} placeholder="https://shop.example/ayuda/faq-index.json" defaultValue={site?.faq?.source ?? ''} />, SITE_FAQ_STRINGS.fieldHint, true)}
      </div>
      <fieldset>
        <legend>Email each hand-off (optional; needs "smtp" in ayuda.config.json)</legend>
        <div class="grid">
          {field('email_to', 'Email to', (p) => <input {...p} defaultValue={list(site?.handoff.email?.to).join(', ')} />, 'Support addresses, separated by commas.')}
          {field('email_from', 'Email from', (p) => <input {...p} placeholder="Ayuda <ayuda@shop.example>" defaultValue={site?.handoff.email?.from ?? ''} />)}
        </div>
        {channelBoxes('email_channels', site?.handoff.email?.channels)}
      </fieldset>
      <fieldset>
        <legend>Post each hand-off to a webhook (optional)</legend>
        <div class="grid">
          {field('webhook_url', 'Webhook URL', (p) => <input {...p} type="url" placeholder="https://crm.shop.example/hooks/ayuda" defaultValue={site?.handoff.webhook?.url ?? ''} />)}
          {field('webhook_secret', 'Webhook secret', (p) => <input {...p} type="password" autocomplete="new-password" />, secretHint)}
        </div>
        {channelBoxes('webhook_channels', site?.handoff.webhook?.channels)}
      </fieldset>
      <div class="actions">
        <button type="submit" disabled={busy}>{site ? 'Save changes' : 'Add site'}</button>
        {site && <button type="button" class="secondary" onClick={onCancel}>Cancel</button>}
      </div>
    </form>
  );
}
