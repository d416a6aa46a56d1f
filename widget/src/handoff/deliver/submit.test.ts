import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { describe, expect, it, vi } from 'vitest';
import { checkHandoff } from '../../../../server/handoff/check-handoff.ts';
import type { Outbox, OutboxItem } from '../../outbox/contract.ts';
import { resolveChannels } from '../channels/resolve-channels.ts';
import { startJourney, append } from '../journey/journey.ts';
import { REFERENCE_PATTERN } from '../reference.ts';
import { createStorage } from '../storage.ts';
import type { ChannelSetting, HandoffDraft } from '../types.ts';
import { submitHandoff, type SubmitDeps } from './submit.ts';

const NOW = Date.parse('2026-11-23T10:00:00Z'); // Monday 11:00 in Madrid
const env = { path: '/producto', title: 'Aspiradora', lang: 'es', timeZone: 'Europe/Madrid', traits: { plan: 'pro', email: 'x@y.es' }, context: {} };
const journey = append(
  startJourney('j', env, NOW - 60_000),
  { id: 's1', kind: 'search', at: NOW - 50_000, path: '/producto', query: 'devolver', decision: 'none', results: [] },
  env,
  NOW - 50_000,
  () => 'p1',
);

function fakeOutbox() {
  const items: OutboxItem[] = [];
  const listeners = new Set<(ids: string[]) => void>();
  const outbox: Outbox = {
    add: vi.fn(async (item: OutboxItem) => void items.push(item)),
    flush: vi.fn(async () => {}),
    pending: async () => items.length,
    onDelivered: (l) => (listeners.add(l), () => listeners.delete(l)),
  };
  return { outbox, items, deliver: (ids: string[]) => listeners.forEach((l) => l(ids)) };
}

let n = 0;
function setup(settings: ChannelSetting[], draft: Partial<HandoffDraft> = {}, outbox?: Outbox) {
  const storage = createStorage(createStore(`ayuda-submit-${++n}`, 'kv'));
  const channels = resolveChannels({ settings, collector: true, lang: 'es', now: NOW, chats: ['crisp'] });
  const full: HandoffDraft = { channel: channels[0]!.id, question: ' ¿Dónde está mi pedido? ', details: '', contact: { email: 'ana@example.com', phone: '600111222' }, removed: [], removedFacts: [], updated: NOW, ...draft };
  const win = { $crisp: { push: vi.fn() } };
  const deps: SubmitDeps = {
    site: 'demo',
    locale: 'es',
    timeZone: 'Europe/Madrid',
    path: '/checkout',
    session: () => 'session-abcdefgh',
    newId: () => `id${NOW.toString(36)}abc`,
    now: () => NOW,
    outbox: async () => outbox,
    openUrl: vi.fn(),
    win,
    emit: vi.fn(),
    storage,
  };
  return { deps, storage, channel: channels.find((c) => c.id === full.channel)!, draft: full, win };
}

describe('submitHandoff', () => {
  it('puts a valid record in the outbox, keeps the reference, forgets draft and journey, and hears of the delivery', async () => {
    const fake = fakeOutbox();
    const { deps, storage, channel, draft } = setup(['inbox'], { removed: ['s1'], removedFacts: ['trait:email'] }, fake.outbox);
    await storage.change('draft', () => draft);
    await storage.change('journey', () => journey);
    const done = await submitHandoff(draft, channel, journey, deps);
    expect(done.record.reference).toMatch(REFERENCE_PATTERN);
    expect(fake.items).toEqual([{ id: done.record.id, kind: 'handoff', body: done.record }]);
    expect(checkHandoff(JSON.parse(JSON.stringify(done.record)))).toMatchObject({ ok: true });
    expect(done.record).toMatchObject({ channel: 'inbox', question: '¿Dónde está mi pedido?', contact: { email: 'ana@example.com' }, path: '/checkout', session: 'session-abcdefgh' });
    expect(done.record.contact).not.toHaveProperty('phone'); // the inbox form did not show it
    expect(done.record.journey.items.map((i) => i.id)).toEqual(['p1']);
    expect(done.record.journey.traits).toEqual({ plan: 'pro' });
    expect(fake.outbox.flush).toHaveBeenCalled();
    expect(deps.emit).toHaveBeenCalledWith({ type: 'handoff_requested', query: '¿Dónde está mi pedido?' });
    expect(await storage.read('draft')).toBeUndefined();
    expect(await storage.read('journey')).toBeUndefined();
    expect(await storage.read('sent')).toEqual([expect.objectContaining({ reference: done.record.reference, status: 'saved' })]);
    fake.deliver([done.record.id]);
    await done.whenDelivered;
    await vi.waitFor(async () => expect((await storage.read('sent'))![0]!.status).toBe('sent'));
  });

  it('opens WhatsApp within the click, and still records the hand-off', async () => {
    const fake = fakeOutbox();
    const { deps, channel, draft } = setup([{ type: 'whatsapp', number: '34600111222' }], {}, fake.outbox);
    const pending = submitHandoff(draft, channel, journey, deps);
    expect(deps.openUrl).toHaveBeenCalledWith(expect.stringMatching(/^https:\/\/wa\.me\/34600111222\?text=Hola%2C%20necesito%20ayuda/));
    const done = await pending;
    expect(done.link).toBe((deps.openUrl as ReturnType<typeof vi.fn>).mock.calls[0]![0]);
    expect(done.record).toMatchObject({ channel: 'whatsapp', contact: {} });
    expect(done.sent.status).toBe('opened');
  });

  it('hands over to the chat on the page, with or without a collector', async () => {
    const { deps, channel, draft, win } = setup(['chat'], {}, undefined);
    const done = await submitHandoff(draft, channel, journey, deps);
    expect(win.$crisp.push.mock.calls.map((c) => c[0][1])).toEqual(['session:data', 'message:text', 'chat:open']);
    expect(done.record).toMatchObject({ channel: 'chat', vendor: 'crisp' });
  });

  it('sends a closed channel’s hand-off to the inbox instead', async () => {
    const fake = fakeOutbox();
    const closed = { type: 'whatsapp' as const, number: '34600111222', hours: { timeZone: 'Europe/Madrid', open: ['sat 10:00-11:00'] } };
    const { deps, channel, draft } = setup([closed], {}, fake.outbox);
    const done = await submitHandoff(draft, channel, journey, deps);
    expect(deps.openUrl).not.toHaveBeenCalled();
    expect(done.record).toMatchObject({ channel: 'inbox', requested: 'whatsapp', contact: { email: 'ana@example.com' } });
  });

  it('fails, keeping the draft, when a form has no outbox to go to', async () => {
    const { deps, storage, channel, draft } = setup(['email'], {}, undefined);
    await storage.change('draft', () => draft);
    await expect(submitHandoff(draft, channel, journey, deps)).rejects.toThrow('no outbox');
    expect(await storage.read('draft')).toEqual(draft);
  });
});
