/** @jsxRuntime classic */
/** @jsx h */
import { newId, timeZone } from '../journey/environment.ts';
import { markSent, submitHandoff, type Submitted } from '../deliver/submit.ts';
import { handoffStrings } from '../i18n/index.ts';
import { channelStatus } from './channel-choice.tsx';
import type { ChannelType, DraftFile, HandoffDraft, SentHandoff } from '../types.ts';
import { siteLabels } from './fact-label.ts';
import { askThread, flag, POLL_MS, refreshRequests, withThread } from '../deliver/requests.ts';
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
  /** Opened from "Your requests": the requests first, the form behind "Write another message". */
  requests?: boolean;
}

interface Done {
  reference: string;
  channel: ChannelType;
  link?: string;
  /** Where and when the reply comes: the email it goes to, the channel's hours and reply time. */
  next: string;
}

/**
 * The hand-off to a person, inside the help panel: the form (restored from
 * the draft after a reload), then the confirmation with the reference.
 * Every keystroke is saved; Back returns to the help.
 */
export function HandoffView({ ctx, query, onBack, requests }: HandoffViewProps) {
  const t = handoffStrings(ctx.lang);
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [data, setData] = useState<HandoffData | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const [done, setDone] = useState<Done | undefined>(undefined);
  const [delivered, setDelivered] = useState(false);
  const [waiting, setWaiting] = useState(false);
  const [form, setForm] = useState(!requests);

  const setSent = (sent: SentHandoff[]) => setData((d) => d && { ...d, sent });
  // The requests' status and replies now, then every few seconds while the view is open.
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setInterval> | undefined;
    const poll = () => void refreshRequests(ctx).then((sent) => live && setSent(sent));
    void loadHandoff(ctx, query).then((loaded) => {
      if (!live) return;
      setData(loaded);
      poll();
      timer = setInterval(poll, POLL_MS);
    });
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, []);

  const answer = async (s: SentHandoff, text: string): Promise<boolean> => {
    const thread = await askThread(ctx, s, { clientId: newId(), text });
    if (!thread) return false;
    const sent = await storage.change('sent', (list = []) => list.map((x) => (x.id === s.id ? withThread(x, thread) : x)));
    setSent(sent ?? []);
    return true;
  };
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
      flag('draft', ctx.options.site ?? '', String(draft.updated));
      return { ...before!, draft };
    });

  // Files are written apart from the draft, only when they change (not at each keystroke).
  const changeFiles = (files: DraftFile[]) => {
    setData((before) => before && { ...before, files });
    void storage.change('files', () => (files.length ? files : undefined));
    change({});
  };

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
      }, data.files);
    } catch {
      setBusy(false);
      setFailed(true);
      return;
    }
    submitted.then(
      (result) => {
        setBusy(false);
        const email = result.record.contact.email;
        setDone({ reference: result.record.reference, channel: result.record.channel, ...(result.link ? { link: result.link } : {}), next: `${email ? `${t.replyTo} ${email}. ` : ''}${channelStatus(channel, t, Date.now())}` });
        setDelivered(result.delivered);
        setWaiting(!navigator.onLine);
        const timer = setTimeout(() => setWaiting(true), WAITING_MS);
        void result.whenDelivered.then(() => {
          clearTimeout(timer);
          setDelivered(true);
          // "Your earlier requests" says so too, as the stored list does.
          setData((d) => d && { ...d, sent: markSent(d.sent, result.sent.id) });
        });
        setData({ ...data, sent: [result.sent, ...data.sent.filter((s) => s.id !== result.sent.id)], journey: undefined, files: [] });
      },
      () => {
        setBusy(false);
        setFailed(true);
      },
    );
  };

  const another = () => {
    setForm(true);
    setDone(undefined);
    setDelivered(false);
    setData({ ...data, files: [], draft: newDraft(ctx, '', channel?.id ?? 'inbox', Date.now()) });
  };

  return (
    <div class="ay-ho">
      <div class="ay-ho-head">
        <button type="button" class="ay-icon ay-back" onClick={onBack}>
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <path d="M19 12H5m6-6-6 6 6 6" />
          </svg>
          {t.back}
        </button>
        <h3 ref={heading} tabIndex={-1} class="ay-q">
          {t.title}
        </h3>
      </div>
      {done ? (
        <Confirmation t={t} {...done} delivered={delivered} waiting={waiting} onAnother={another} />
      ) : !form ? (
        <button type="button" class="ay-btn" onClick={another}>
          {t.another}
        </button>
      ) : channel ? (
        <div>
          <HandoffForm
            id={id}
            t={t}
            channels={data.channels}
            channel={channel}
            draft={data.draft}
            journey={data.journey}
            files={data.files}
            onFiles={changeFiles}
            labels={siteLabels(ctx.options.context, ctx.traits?.())}
            now={Date.now()}
            busy={busy}
            failed={failed}
            onChange={change}
            onSubmit={submit}
          />
        </div>
      ) : null}
      {/* The request just sent is on the confirmation, not listed again. */}
      <EarlierRequests id={id} t={t} sent={data.sent.filter((s) => s.reference !== done?.reference)} onAnswer={answer} />
    </div>
  );
}
