/**
 * What the hand-off view needs when it opens: the journey (with the page it
 * opens on), the draft (or a new one, prefilled with the last search and the
 * identify() name, email and phone), the references kept, and the channels
 * offered now.
 */
import type { PanelContext } from '../../core/contract.ts';
import { resolveChannels, type ResolvedChannel } from '../channels/resolve-channels.ts';
import { cleanTraits } from '../journey/environment.ts';
import { retentionMs } from '../journey/journey.ts';
import { readJourney, recordPage, storage as defaultStorage, type HandoffStorage } from '../journal.ts';
import type { Journey } from '../journey/types.ts';
import type { Contact, DraftFile, HandoffDraft, SentHandoff } from '../types.ts';
import { chatsOnPage } from '../vendors/index.ts';

export type HandoffContext = Pick<PanelContext, 'lang' | 'options' | 'engine' | 'traits' | 'emit' | 'consented' | 'outbox'>;

export interface HandoffData {
  journey: Journey | undefined;
  draft: HandoffDraft;
  /** The draft's files (kept beside it in IndexedDB). */
  files: DraftFile[];
  sent: SentHandoff[];
  channels: ResolvedChannel[];
}

export function hasCollector(ctx: Pick<PanelContext, 'options'>): boolean {
  return !!(ctx.options.collector && ctx.options.site);
}

export function offeredChannels(ctx: HandoffContext, now = Date.now()): ResolvedChannel[] {
  return resolveChannels({ settings: ctx.options.channels, collector: hasCollector(ctx), lang: ctx.lang, now, chats: chatsOnPage() });
}

function contactFromTraits(ctx: HandoffContext): Contact {
  const traits = cleanTraits(ctx.traits?.());
  const out: Contact = {};
  for (const key of ['name', 'email', 'phone'] as const) if (typeof traits[key] === 'string') out[key] = traits[key];
  return out;
}

export function newDraft(ctx: HandoffContext, query: string, channel: string, now: number): HandoffDraft {
  return { channel, question: query.trim(), details: '', contact: contactFromTraits(ctx), removed: [], removedFacts: [], updated: now };
}

export async function loadHandoff(ctx: HandoffContext, query: string, storage: HandoffStorage = defaultStorage): Promise<HandoffData> {
  const now = Date.now();
  const recording = ctx.consented?.() !== false;
  if (recording) await recordPage(ctx, storage);
  const [journey, stored, sent, files] = await Promise.all([recording ? readJourney(ctx, storage) : undefined, storage.read('draft'), storage.read('sent'), storage.read('files')]);
  const channels = offeredChannels(ctx, now);
  const fresh = stored && now - stored.updated <= retentionMs(ctx.options.journeyDays) ? stored : undefined;
  const first = channels[0]?.id ?? 'inbox';
  const draft = fresh ? { ...fresh, channel: channels.some((c) => c.id === fresh.channel) ? fresh.channel : first } : newDraft(ctx, query, first, now);
  return { journey, draft, files: (fresh && files) || [], sent: sent ?? [], channels };
}
