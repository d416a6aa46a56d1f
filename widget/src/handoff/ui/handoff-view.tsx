/** @jsxRuntime classic */
/** @jsx h */
import { newId, timeZone } from '../journey/environment.ts';
import { markSent, submitHandoff, type Submitted } from '../deliver/submit.ts';
import { handoffStrings } from '../i18n/index.ts';
import type { ChannelType, HandoffDraft } from '../types.ts';
import { storage } from '../journal.ts';
import { Confirmation } from './confirmation.tsx';
import { EarlierRequests } from './earlier-requests.tsx';
import { HandoffForm } from './handoff-form.tsx';
import { loadHandoff, newDraft, type HandoffContext, type HandoffData } from './load-handoff.ts';
import { h, useEffect, useId, useLayoutEffect, useRef, useState } from './preact.ts';
import { sessionId } from '../../record/session-id.ts';
import type { ChatWindow } from '../vendors/index.ts';

/** Without an acknowledgement after this long, the customer is told the message waits in the outbox. */
export const WAITING_MS = 4000;

export interface HandoffViewProps {
  ctx: HandoffContext;
  /** The last search: the question, prefilled. */
  query: string;
  onBack(): void;
}

interface Done {
  reference: string;
  channel: ChannelType;
  link?: string;
}

/**
 * The hand-off to a person, inside the help panel: the form (restored from
 * the draft after a reload), then the confirmation with the reference.
 * Every keystroke is saved; Back returns to the help.
 */
export function HandoffView({ ctx, query, onBack }: HandoffViewProps) {
  const t = handoffStrings(ctx.lang);
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [data, setData] = useState<HandoffData | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const [done, setDone] = useState<Done | undefined>(undefined);
  const [delivered, setDelivered] = useState(false);
  const [waiting, setWaiting] = useState(false);

  useEffect(() => {
    let live = true;
    void loadHandoff(ctx, query).then((loaded) => live && setData(loaded));
    return () => void (live = false);
  }, []);
  useLayoutEffect(() => {
    if (data && !done) heading.current?.focus();
  }, [!!data]);

  if (!data) return <div class="ay-ho" aria-busy="true" />;
  const channel = data.channels.find((c) => c.id === data.draft.channel) ?? data.channels[0];

  // Functional update: two changes before a render (a removal, then a keystroke) both count.
  const change = (patch: Partial<HandoffDraft>) =>
    setData((before) => {
      const draft = { ...before!.draft, ...patch, updated: Date.now() };
      void storage.change('draft', () => draft);
      return { ...before!, draft };
    });

  const submit = () => {
    if (!channel) return;
    setBusy(true);
    setFailed(false);
    let submitted: Promise<Submitted>;
    try {
      submitted = submitHandoff(data.draft, channel, data.journey, {
        site: ctx.options.site ?? '',
        locale: ctx.lang,
        timeZone: timeZone(),
        path: location.pathname || '/',
        session: sessionId,
        newId,
        now: Date.now,
        outbox: ctx.outbox,
        openUrl: (url) => void window.open(url, '_blank', 'noopener'),
        win: window as unknown as ChatWindow,
        emit: (event) => ctx.consented?.() !== false && ctx.emit(event),
      });
    } catch {
      setBusy(false);
      setFailed(true);
      return;
    }
    submitted.then(
      (result) => {
        setBusy(false);
        setDone({ reference: result.record.reference, channel: result.record.channel, ...(result.link ? { link: result.link } : {}) });
        setDelivered(result.delivered);
        setWaiting(!navigator.onLine);
        const timer = setTimeout(() => setWaiting(true), WAITING_MS);
        void result.whenDelivered.then(() => {
          clearTimeout(timer);
          setDelivered(true);
          // "Your earlier requests" says so too, as the stored list does.
          setData((d) => d && { ...d, sent: markSent(d.sent, result.sent.id) });
        });
        setData({ ...data, sent: [result.sent, ...data.sent.filter((s) => s.id !== result.sent.id)], journey: undefined });
      },
      () => {
        setBusy(false);
        setFailed(true);
      },
    );
  };

  const another = () => {
    setDone(undefined);
    setDelivered(false);
    setData({ ...data, draft: newDraft(ctx, '', channel?.id ?? 'inbox', Date.now()) });
  };

  return (
    <div class="ay-ho">
      <button type="button" class="ay-icon ay-back" onClick={onBack}>
        <svg viewBox="0 0 24 24" aria-hidden="true">
          <path d="M19 12H5m6-6-6 6 6 6" />
        </svg>
        {t.back}
      </button>
      <h3 ref={heading} tabIndex={-1} class="ay-q">
        {t.title}
      </h3>
      {done ? (
        <Confirmation t={t} {...done} delivered={delivered} waiting={waiting} onAnother={another} />
      ) : channel ? (
        <div>
          <p class="ay-intro">{t.intro}</p>
          <HandoffForm
            id={id}
            t={t}
            channels={data.channels}
            channel={channel}
            draft={data.draft}
            journey={data.journey}
            now={Date.now()}
            busy={busy}
            failed={failed}
            onChange={change}
            onSubmit={submit}
          />
        </div>
      ) : null}
      <EarlierRequests id={id} t={t} sent={data.sent} />
    </div>
  );
}
