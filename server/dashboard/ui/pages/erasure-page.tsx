/**
 * Erasing a customer's data (admins): find them by email or reference, in
 * every site the admin sees or one of them; the confirmation lists the
 * hand-offs found and the rows per table that will go; then the erasure,
 * and its log (counts and a hash, never the email).
 */
import { useRef, useState } from 'preact/hooks';
import { api, type User } from '../api.ts';
import { useI18n } from '../i18n/context.tsx';
import { errorText } from '../i18n/errors.ts';
import { useData } from '../use-data.ts';

type By = 'email' | 'reference';
interface Plan {
  matchedBy: By;
  handoffs: { id: string; reference: string; site: string; created_at: number }[];
  counts: Record<string, number>;
}
interface Erasure { id: number; at: number; by: string; matched_by: By; sites: string[] | null; counts: Record<string, number> }

export function ErasurePage({ user, sites }: { user: User; sites: readonly string[] }) {
  const t = useI18n();
  const s = t.s.erasure;
  const [by, setBy] = useState<By>('email');
  const [ask, setAsk] = useState<{ email?: string; reference?: string; site?: string } | undefined>();
  const [plan, setPlan] = useState<Plan | undefined>();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | undefined>();
  const [busy, setBusy] = useState(false);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const log = useData(() => (user.role === 'admin' ? api.get<{ erasures: Erasure[] }>('/erasures') : Promise.resolve({ erasures: [] })), 'erasures');
  if (user.role !== 'admin') return <><h1>{s.heading}</h1><p>{s.adminsOnly}</p></>;

  const tableName = (table: string): string => s.tables[table] ?? table;
  const run = async (action: () => Promise<void>): Promise<void> => {
    setBusy(true);
    try {
      await action();
    } catch (err) {
      setMessage({ ok: false, text: errorText(err, t) });
    } finally {
      setBusy(false);
    }
  };
  const preview = (event: Event): void => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const value = String(form.get('value') ?? '').trim();
    const site = String(form.get('site') ?? '');
    const body = { [by]: value, ...(site ? { site } : {}) };
    void run(async () => {
      setMessage(undefined);
      const reply = await api.post<{ plan: Plan }>('/erasure/preview', body);
      setAsk(body);
      setPlan(reply.plan);
      requestAnimationFrame(() => confirmHeading.current?.focus());
    });
  };
  const erase = (): void =>
    void run(async () => {
      const reply = await api.post<{ erased: { erasure: number } }>('/erasure', { ...ask, confirm: true });
      setPlan(undefined);
      setAsk(undefined);
      setMessage({ ok: true, text: t.fill(s.erased, { id: reply.erased.erasure }) });
      log.reload();
    });
  const anything = plan && Object.values(plan.counts).some((n) => n > 0);

  return (
    <>
      <h1>{s.heading}</h1>
      <p>{s.intro}</p>
      <p class={message?.ok === false ? 'error' : 'ok'} role="status">{message?.text ?? ''}</p>
      <form class="filters" onSubmit={preview}>
        <fieldset class="checks">
          <legend>{s.findBy}</legend>
          {(['email', 'reference'] as const).map((b) => (
            <label><input type="radio" name="by" value={b} checked={by === b} onChange={() => { setBy(b); setPlan(undefined); }} /> {s[b]}</label>
          ))}
        </fieldset>
        <label class="field">
          <span>{s.value[by]}</span>
          {by === 'email'
            ? <input name="value" type="email" required maxLength={254} autocomplete="off" spellcheck={false} />
            : <input name="value" required maxLength={64} pattern="[A-Za-z0-9-]+" autocomplete="off" spellcheck={false} placeholder="AY-7K3-Q9F" />}
        </label>
        <label class="field">
          <span>{s.site}</span>
          <select name="site">
            <option value="">{s.everySite}</option>
            {sites.map((key) => <option value={key}>{key}</option>)}
          </select>
        </label>
        <button type="submit" disabled={busy}>{s.preview}</button>
      </form>

      {plan && (
        <section class="card" aria-labelledby="erasure-confirm">
          <h2 id="erasure-confirm" ref={confirmHeading} tabIndex={-1}>{anything ? s.confirmTitle : s.nothing}</h2>
          {anything && (
            <>
              <p>{t.plural(s.found, plan.handoffs.length)}{plan.handoffs.length ? `: ${plan.handoffs.map((h) => `${h.reference} (${h.site})`).join(', ')}` : ''}</p>
              <div class="table-wrap">
                <table>
                  <caption>{s.counts}</caption>
                  <thead><tr><th scope="col">{s.table}</th><th scope="col" class="num">{s.rows}</th></tr></thead>
                  <tbody>
                    {Object.entries(plan.counts).filter(([, n]) => n > 0).map(([table, n]) => (
                      <tr><th scope="row">{tableName(table)}</th><td class="num">{t.number(n)}</td></tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <div class="actions">
                <button type="button" class="danger" disabled={busy} onClick={erase}>{s.confirm}</button>
                <button type="button" class="secondary" onClick={() => setPlan(undefined)}>{s.cancel}</button>
              </div>
            </>
          )}
        </section>
      )}

      <h2>{s.log}</h2>
      {log.error && <p class="error" role="alert">{log.error}</p>}
      {log.data && (log.data.erasures.length === 0 ? <p>{s.noLog}</p> : (
        <div class="table-wrap">
          <table>
            <thead><tr><th scope="col">{s.columns.at}</th><th scope="col">{s.columns.by}</th><th scope="col">{s.columns.matched}</th><th scope="col">{s.columns.sites}</th><th scope="col">{s.columns.erased}</th></tr></thead>
            <tbody>
              {log.data.erasures.map((e) => (
                <tr>
                  <td>{t.dateTime(e.at)}</td>
                  <td>{e.by}</td>
                  <td>{s.matchedBy[e.matched_by]}</td>
                  <td>{e.sites ? e.sites.join(', ') : s.everySite}</td>
                  <td>{Object.entries(e.counts).filter(([, n]) => n > 0).map(([table, n]) => `${tableName(table)}: ${t.number(n)}`).join(' · ') || '0'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </>
  );
}
