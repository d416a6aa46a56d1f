/**
 * Making the hand-off, once the form is valid: a reference made here (so it
 * exists offline), WhatsApp or the chat opened at once (still inside the
 * customer's click, so no pop-up blocker steps in), then the record written
 * to the durable outbox for the collector (the inbox, and the email and
 * webhook it sends), the reference kept, the draft and the journey
 * forgotten. Side effects come in through `deps`.
 */
import type { PanelEvent } from '../../core/contract.ts';
import type { Outbox } from '../../outbox/contract.ts';
import type { ResolvedChannel } from '../channels/resolve-channels.ts';
import type { Journey } from '../journey/types.ts';
import { forgetJourney, storage as defaultStorage, type HandoffStorage } from '../journal.ts';
import { newReference, newSecret } from '../reference.ts';
import { flag } from './requests.ts';
import { buildTranscript } from '../transcript/build-transcript.ts';
import { whatsappLink } from '../transcript/format-whatsapp.ts';
import type { DraftFile, HandoffDraft, HandoffRecord, SentHandoff } from '../types.ts';
import { chatAdapter, type ChatWindow } from '../vendors/index.ts';
import { chatHandoff } from './chat-handoff.ts';
import { handoffRecord } from './handoff-record.ts';

/** References kept for the customer to come back to. */
export const KEPT_REFERENCES = 10;

export interface SubmitDeps {
  site: string;
  locale: string;
  timeZone: string;
  path: string;
  session(): string;
  newId(): string;
  now(): number;
  /** The outbox to the collector; undefined when there is none. */
  outbox?(): Promise<Outbox | undefined>;
  /** Opens a URL in a new tab (WhatsApp). */
  openUrl(url: string): void;
  win: ChatWindow;
  emit(event: PanelEvent): void;
  storage?: HandoffStorage;
}

export interface Submitted {
  record: HandoffRecord;
  sent: SentHandoff;
  /** WhatsApp: the link opened (shown too, in case the tab was blocked). */
  link?: string;
  /** Whether the collector has it yet (false: waiting in the outbox). */
  delivered: boolean;
  /** Resolves when the collector acknowledges it (never, without a collector). */
  whenDelivered: Promise<void>;
}

/** The list of earlier hand-offs once the collector has `id`: waiting to send becomes sent. */
export function markSent(list: SentHandoff[], id: string): SentHandoff[] {
  return list.map((s) => (s.id === id && s.status === 'saved' ? { ...s, status: 'sent' } : s));
}

/** Open what opens in the click; the rest follows asynchronously. Rejects when the record could not be stored for the collector. */
export function submitHandoff(draft: HandoffDraft, channel: ResolvedChannel, journey: Journey | undefined, deps: SubmitDeps, files: DraftFile[] = []): Promise<Submitted> {
  const storage = deps.storage ?? defaultStorage;
  const at = deps.now();
  const needsCollector = channel.carrier !== 'whatsapp' && channel.carrier !== 'chat';
  const secret = needsCollector ? newSecret() : undefined;
  const record = handoffRecord({
    secret,
    id: deps.newId(),
    reference: newReference(),
    site: deps.site,
    session: deps.session(),
    at,
    locale: deps.locale,
    timeZone: deps.timeZone,
    path: deps.path,
    draft,
    channel,
    journey,
    files,
  });
  const transcript = buildTranscript(record);
  let link: string | undefined;
  if (record.channel === 'whatsapp') deps.openUrl((link = whatsappLink(transcript, channel.config.number!)));
  if (record.channel === 'chat' && channel.vendor) chatAdapter(channel.vendor).open(deps.win, chatHandoff(record, transcript, channel.config.zendeskFieldId));

  return (async () => {
    const outbox = await deps.outbox?.();
    if (!outbox && needsCollector) throw new Error('no outbox');
    let delivered = false;
    let resolve!: () => void;
    const whenDelivered = new Promise<void>((r) => (resolve = r));
    if (outbox) {
      const stop = outbox.onDelivered((ids) => {
        if (!ids.includes(record.id)) return;
        stop();
        delivered = true;
        void storage.change('sent', (list) => list && markSent(list, record.id));
        resolve();
      });
      // The files first: each its own upload; their ids (made when chosen) are older, so the outbox sends them before the hand-off.
      for (const file of record.attachments ? files : []) {
        const q = new URLSearchParams({ site: record.site, handoff: record.id, id: file.id, name: file.name });
        await outbox.add({ id: file.id, kind: 'attachment', path: `/v1/handoffs/attachments?${q}`, body: file.blob });
      }
      await outbox.add({ id: record.id, kind: 'handoff', body: record });
      void outbox.flush();
    }
    const sent: SentHandoff = { id: record.id, reference: record.reference, at, channel: record.channel, question: record.question, status: !needsCollector ? 'opened' : delivered ? 'sent' : 'saved', secret };
    await storage.change('sent', (list = []) => [sent, ...list.filter((s) => s.id !== sent.id)].slice(0, KEPT_REFERENCES));
    flag('requests', deps.site, '1');
    flag('draft', deps.site);
    await storage.remove('draft');
    await storage.remove('files');
    await forgetJourney(storage);
    deps.emit({ type: 'handoff_requested', query: record.question });
    return { record, sent, ...(link ? { link } : {}), delivered, whenDelivered };
  })();
}
