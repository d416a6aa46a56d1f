import { describe, expect, it } from 'vitest';
import { resolveChannels, shownFields, type ResolveInput } from './resolve-channels.ts';

const MONDAY_7_UTC = Date.parse('2026-11-23T07:00:00Z'); // 8:00 in Madrid: closed until 9:00
const hours = { timeZone: 'Europe/Madrid', open: ['mon-fri 09:00-18:00'] };
const input = (settings: ResolveInput['settings'], extra: Partial<ResolveInput> = {}): ResolveInput => ({ settings, collector: true, lang: 'es', now: MONDAY_7_UTC, chats: [], ...extra });

describe('resolveChannels', () => {
  it('offers the inbox by default when there is a collector, nothing otherwise', () => {
    expect(resolveChannels(input(undefined)).map((c) => c.id)).toEqual(['inbox']);
    expect(resolveChannels(input(undefined, { collector: false }))).toEqual([]);
  });

  it('keeps only channels that can work on this page', () => {
    const settings: ResolveInput['settings'] = ['email', { type: 'whatsapp', number: '34 600' }, { type: 'whatsapp', id: 'wa', number: '34600111222' }, 'chat', { type: 'chat', id: 'z', vendor: 'zendesk' }, 'fax' as never, 'email'];
    expect(resolveChannels(input(settings)).map((c) => c.id)).toEqual(['email', 'wa']);
    expect(resolveChannels(input(settings, { collector: false, chats: ['crisp', 'zendesk'] })).map((c) => [c.id, c.vendor])).toEqual([['wa', undefined], ['chat', 'crisp'], ['z', 'zendesk']]);
  });

  it('sends a closed channel to the inbox, saying when it opens', () => {
    const [wa] = resolveChannels(input([{ type: 'whatsapp', number: '34600111222', hours }]));
    expect(wa).toMatchObject({ type: 'whatsapp', open: false, opensAt: Date.parse('2026-11-23T08:00:00Z'), carrier: 'inbox', fields: ['email'] });
    expect(shownFields(wa!)).toEqual(['name', 'email']);
    const [noCollector] = resolveChannels(input([{ type: 'whatsapp', number: '34600111222', hours }], { collector: false }));
    expect(noCollector).toMatchObject({ open: false, carrier: 'whatsapp', fields: [] });
    const [email] = resolveChannels(input([{ type: 'email', hours }]));
    expect(email).toMatchObject({ open: false, carrier: 'email' });
  });

  it('puts open channels in the customer’s language first, keeping the owner’s order otherwise', () => {
    const settings: ResolveInput['settings'] = [
      { type: 'email', id: 'closed', hours },
      { type: 'inbox', id: 'english', languages: ['en'] },
      { type: 'webhook', id: 'spanish', languages: ['es-ES', 'ca'] },
      { type: 'inbox', id: 'any' },
    ];
    const out = resolveChannels(input(settings, { lang: 'es-MX' }));
    expect(out.map((c) => c.id)).toEqual(['spanish', 'any', 'english', 'closed']);
    expect(out.find((c) => c.id === 'english')!.speaksCustomer).toBe(false);
  });

  it('asks for the contact fields the channel needs', () => {
    const [a, b, c] = resolveChannels(input([{ type: 'inbox', fields: ['phone'] }, { type: 'whatsapp', number: '34600111222' }, 'webhook']));
    expect([a!.fields, shownFields(a!)]).toEqual([['phone'], ['name', 'phone']]);
    expect([b!.fields, shownFields(b!)]).toEqual([[], []]);
    expect(shownFields(c!)).toEqual(['name', 'email']);
  });

  it('counts a channel with bad hours as open rather than hide it', () => {
    expect(resolveChannels(input([{ type: 'inbox', hours: { timeZone: 'Nowhere/Else', open: ['mon 9-5'] } }]))[0]).toMatchObject({ open: true });
  });
});
