// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { h } from 'preact';
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Outbox, OutboxItem } from '../../outbox/contract.ts';
import { en } from '../i18n/en.ts';
import { recordEvent } from '../journey/recorder.ts';
import { REFERENCE_PATTERN } from '../reference.ts';
import { storage } from '../storage.ts';
import type { ChannelSetting, HandoffRecord } from '../types.ts';
import type { HandoffContext } from './load-handoff.ts';
import { HandoffView } from './handoff-view.tsx';
import { providePreact } from './preact.ts';

beforeAll(() => providePreact({ h: h as never, useState, useEffect, useLayoutEffect, useRef, useId }));

let items: OutboxItem[];
let delivered: ((ids: string[]) => void) | undefined;
const outbox: Outbox = {
  add: async (item) => void items.push(item),
  flush: async () => {},
  pending: async () => items.length,
  onDelivered: (l) => ((delivered = l), () => (delivered = undefined)),
};

function ctx(channels?: ChannelSetting[], traits = {}): HandoffContext {
  return {
    lang: 'en',
    options: { index: '', collector: 'http://collector.test', site: 'demo', ...(channels ? { channels } : {}) },
    engine: { entry: (id: string) => ({ question: `Q ${id}` }) } as never,
    traits: () => traits,
    emit: vi.fn(),
    consented: () => true,
    outbox: async () => outbox,
  };
}

const view = (c = ctx(), query = 'where is my parcel', onBack = vi.fn()) => render(<HandoffView ctx={c} query={query} onBack={onBack} />);
const field = (name: string) => screen.getByLabelText(new RegExp(`^${name}`)) as HTMLInputElement;
const ready = () => screen.findByRole('heading', { name: en.title });

beforeEach(async () => {
  items = [];
  await Promise.all([storage.remove('draft'), storage.remove('journey'), storage.remove('sent'), storage.remove('files')]);
  history.replaceState(null, '', '/product');
  Object.defineProperty(navigator, 'onLine', { value: true, configurable: true });
});
afterEach(cleanup);

describe('HandoffView', () => {
  it('opens on its heading with the question prefilled and only the contact fields the channel needs', async () => {
    view(ctx(undefined, { name: 'Ana' }));
    const heading = await ready();
    expect(document.activeElement).toBe(heading);
    expect(field(en.question).value).toBe('where is my parcel');
    expect(field(en.question).getAttribute('aria-required')).toBe('true');
    expect(field(en.name).value).toBe('Ana');
    expect(field(en.name).hasAttribute('aria-required')).toBe(false);
    expect(screen.getByText(en.optional, { selector: 'label[for$="name"] span' })).toBeTruthy();
    expect(field(en.email).getAttribute('type')).toBe('email');
    expect(screen.queryByLabelText(new RegExp(en.phone))).toBeNull();
  });

  it('explains each error next to its field and moves focus to the first one', async () => {
    view();
    await ready();
    fireEvent.input(field(en.question), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: en.send }));
    const question = field(en.question);
    expect(document.activeElement).toBe(question);
    expect(question.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(question.getAttribute('aria-describedby')!)!.textContent).toBe(en.errors.question);
    expect(document.getElementById(field(en.email).getAttribute('aria-describedby')!)!.textContent).toBe(en.errors.email);
    fireEvent.input(question, { target: { value: 'Where is it?' } });
    fireEvent.input(field(en.email), { target: { value: 'ana@' } });
    expect(question.hasAttribute('aria-invalid')).toBe(false);
    expect(screen.getByText(en.errors.emailFormat)).toBeTruthy();
    expect(items).toEqual([]);
  });

  it('saves every keystroke: the draft comes back after a reload', async () => {
    const first = view();
    await ready();
    // Details are optional: asked for with a button, which focuses the field.
    fireEvent.click(screen.getByRole('button', { name: en.addDetails }));
    await waitFor(() => expect(document.activeElement).toBe(field(en.details)));
    fireEvent.input(field(en.details), { target: { value: 'Ordered on the 3rd' } });
    fireEvent.input(field(en.email), { target: { value: 'ana@exam' } });
    await waitFor(async () => expect((await storage.read('draft'))?.contact.email).toBe('ana@exam'));
    first.unmount();
    view(ctx(), 'another query');
    await ready();
    expect(field(en.details).value).toBe('Ordered on the 3rd');
    expect(field(en.email).value).toBe('ana@exam');
    expect(field(en.question).value).toBe('where is my parcel');
  });

  it('says in one line what is sent, opens it for review, and leaves out what the customer removes; the name asked once', async () => {
    const c = ctx(undefined, { plan: 'pro', name: 'Ana', loyaltyTier: 'gold', labels: { plan: { en: 'Your plan', es: 'Tu tarifa' } } });
    await recordEvent(c as never, { type: 'search', result: { query: 'parcel', locale: 'en', decision: 'none', confidence: 0, hits: [] } as never });
    await recordEvent(c as never, { type: 'answer_read', entryId: 'shipping', query: 'parcel', ms: 5000 });
    view(c);
    await ready();
    // The name is the form's own field: not a fact again.
    expect(screen.getByText(/^We will send: 1 search, 1 answer read, this page and 2 details of your account/)).toBeTruthy();
    const review = screen.getByRole('button', { name: en.summary.review });
    expect(review.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(review);
    expect(review.getAttribute('aria-expanded')).toBe('true');
    const remove = (text: string) => screen.getByRole('button', { name: `Remove: ${text}` });
    expect(remove('You searched “parcel” (nothing found)')).toBeTruthy();
    expect(remove('Loyalty tier: gold')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Name: Ana/ })).toBeNull();
    fireEvent.click(remove('You read “Q shipping” (5 s)'));
    fireEvent.click(remove('Your plan: pro'));
    await waitFor(() => expect(screen.queryByRole('button', { name: /Your plan: pro/ })).toBeNull());
    expect(screen.getByText(/^We will send: 1 search, this page and 1 detail of your account/)).toBeTruthy();
    fireEvent.input(field(en.email), { target: { value: 'ana@example.com' } });
    fireEvent.click(screen.getByRole('button', { name: en.send }));
    await screen.findByText(en.referenceLabel);
    const record = items[0]!.body as HandoffRecord;
    expect(record.journey.items.map((i) => i.kind)).toEqual(['page', 'search']);
    expect(record.journey.traits).toEqual({ loyaltyTier: 'gold' });
    expect(record.contact).toEqual({ name: 'Ana', email: 'ana@example.com' });
  });

  it('attaches files: refuses the wrong type, a large one and a 4th, keeps them through a reload, and sends them before the hand-off', async () => {
    const first = view();
    await ready();
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    const choose = (...files: File[]) => {
      Object.defineProperty(input, 'files', { value: files, configurable: true });
      fireEvent.change(input);
    };
    const big = new File(['x'], 'scan.pdf', { type: 'application/pdf' });
    Object.defineProperty(big, 'size', { value: 5 * 1024 * 1024 + 1 });
    choose(new File(['png'], 'parcel.png', { type: 'image/png' }), new File(['<html>'], 'page.html', { type: 'text/html' }), big);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('“page.html” cannot be attached: only images');
    expect(alert.textContent).toContain('“scan.pdf” cannot be attached: it is larger than 5 MB.');
    expect(screen.getByText('Attached: parcel.png')).toBeTruthy();
    choose(new File(['%PDF'], 'statement.pdf', { type: 'application/pdf' }), new File(['gif'], 'a.gif', { type: 'image/gif' }), new File(['webp'], 'b.webp', { type: 'image/webp' }));
    expect(screen.getByRole('alert').textContent).toBe('“b.webp” cannot be attached: 3 files at most.');
    fireEvent.click(screen.getByRole('button', { name: 'Remove the file a.gif' }));
    expect(screen.getByText('Removed: a.gif')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: en.attach }));
    await waitFor(async () => expect((await storage.read('files'))?.map((f) => f.name)).toEqual(['parcel.png', 'statement.pdf']));
    first.unmount();

    view();
    await ready();
    expect(screen.getByRole('button', { name: 'Remove the file statement.pdf' })).toBeTruthy();
    fireEvent.input(field(en.email), { target: { value: 'ana@example.com' } });
    fireEvent.click(screen.getByRole('button', { name: en.send }));
    await screen.findByText(en.referenceLabel);
    expect(items.map((i) => i.kind)).toEqual(['attachment', 'attachment', 'handoff']);
    const record = items[2]!.body as HandoffRecord;
    expect(record.attachments!.map((a) => a.name)).toEqual(['parcel.png', 'statement.pdf']);
    expect(items[0]!.path).toBe(`/v1/handoffs/attachments?site=demo&handoff=${record.id}&id=${items[0]!.id}&name=parcel.png`);
    expect(items[0]!.id < record.id).toBe(true);
    // (fake-indexeddb clones happy-dom's Blobs into plain objects: the bytes are checked in Chromium, test/browser/handoff-attachments.test.ts.)
    expect(items[1]!.path).toContain('&name=statement.pdf');
    expect(await storage.read('files')).toBeUndefined();
  });

  it('copies the reference, and selects it when the browser refuses the clipboard', async () => {
    const writeText = vi.fn().mockRejectedValueOnce(new DOMException('denied', 'NotAllowedError')).mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    view();
    await ready();
    fireEvent.input(field(en.email), { target: { value: 'ana@example.com' } });
    fireEvent.click(screen.getByRole('button', { name: en.send }));
    const reference = (await screen.findByText(en.referenceLabel)).nextElementSibling!.textContent!;
    fireEvent.click(screen.getByRole('button', { name: en.copy }));
    await screen.findByText(en.copyFailed);
    expect(getSelection()!.toString()).toBe(reference);
    fireEvent.click(screen.getByRole('button', { name: en.copy }));
    await screen.findByText(en.copied);
    expect(writeText).toHaveBeenLastCalledWith(reference);
  });

  it('confirms with a reference the customer keeps, and says honestly when it waits to be sent', async () => {
    Object.defineProperty(navigator, 'onLine', { value: false, configurable: true });
    const first = view();
    await ready();
    fireEvent.input(field(en.email), { target: { value: 'ana@example.com' } });
    fireEvent.click(screen.getByRole('button', { name: en.send }));
    const done = await screen.findByRole('heading', { name: en.savedTitle });
    await waitFor(() => expect(document.activeElement).toBe(done));
    expect(screen.getByRole('status').textContent).toBe(en.offline);
    const reference = screen.getByText(en.referenceLabel).nextElementSibling!.textContent!;
    expect(reference).toMatch(REFERENCE_PATTERN);
    expect(items).toHaveLength(1);
    // The request just sent is on the confirmation, not listed again below it.
    expect(screen.queryByRole('region', { name: en.earlier })).toBeNull();
    delivered?.([items[0]!.id]);
    await screen.findByRole('heading', { name: en.sentTitle });
    first.unmount();
    view();
    await ready();
    expect(screen.getByRole('heading', { name: en.earlier })).toBeTruthy();
    // Kept as received (the collector acknowledged it), not "waiting to be sent".
    await waitFor(() => expect(screen.getByRole('region', { name: en.earlier }).textContent).toContain(`${reference}`));
    expect(screen.getByRole('region', { name: en.earlier }).textContent).toContain(en.status.sent);
    expect(screen.getByRole('region', { name: en.earlier }).textContent).not.toContain(en.status.saved);
    // A new, empty draft: its details behind their button again.
    expect(screen.getByRole('button', { name: en.addDetails })).toBeTruthy();
  });

  it('lists the channels with their status, and sends a closed one to the inbox with an honest opening time', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.parse('2026-11-23T07:00:00Z')); // Monday, 8:00 in Madrid
    try {
      view(ctx([{ type: 'whatsapp', number: '34600111222', hours: { timeZone: 'Europe/Madrid', open: ['mon-fri 09:00-18:00'] } }, { type: 'email', replyMinutes: 120 }]));
      await ready();
      const group = screen.getByRole('group', { name: en.channelLegend });
      const radios = screen.getAllByRole('radio') as HTMLInputElement[];
      expect(radios.map((r) => r.labels![0]!.textContent)).toEqual(['Email', 'WhatsApp']);
      // The chosen channel's status under the choice (open now goes without saying with a reply time); each radio describes its own.
      expect(group.textContent).toContain('Usually replies within 2 hours');
      expect(document.getElementById(radios[1]!.getAttribute('aria-describedby')!)!.textContent).toMatch(/^Closed now, we reply from \d{1,2}:00/);
      fireEvent.click(radios[1]!);
      expect(screen.getByText(/^Closed now: your message goes to our inbox and we reply from/)).toBeTruthy();
      expect(screen.getByRole('button', { name: en.send })).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });
});
