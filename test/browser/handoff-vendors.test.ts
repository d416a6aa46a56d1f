/**
 * Live chats already on the page, in Chromium: for each vendor a fixture
 * script implementing its documented API (test/fixtures/vendors/) records
 * every call; the hand-off finds the vendor's global, opens its chat and
 * passes the question, the reference and the transcript. Without any chat
 * on the page, no chat channel is offered.
 */
import { describe, expect, it } from 'vitest';
import { REFERENCE_PATTERN } from '../../widget/src/handoff/reference.ts';
import { HandoffPage } from '../handoff/handoff-page.ts';
import { useHandoffStack } from '../handoff/browser-stack.ts';
import { useChromium } from './chromium.ts';

const chromium = useChromium();
const stack = useHandoffStack();

const QUERY = 'teleport my llama to jupiter';
type Call = [string, ...unknown[]];

async function handOver(vendor: string, channels: unknown[] = ['chat', 'inbox']) {
  const page = await chromium.page({ timezoneId: 'Europe/Madrid' });
  const url = `${stack.demo}/vendors/page.html?vendor=${vendor}&collector=${encodeURIComponent(stack.collector)}&channels=${encodeURIComponent(JSON.stringify(channels))}`;
  await page.goto(url);
  const h = new HandoffPage(page, 'en');
  await h.help.openWithLauncher();
  await h.help.search(QUERY);
  await h.open();
  return { page, h };
}

async function openChat(vendor: string, channels?: unknown[]) {
  const { page, h } = await handOver(vendor, channels);
  await h.channel(h.t.channel.chat).check();
  await h.button(h.t.addDetails).click();
  await h.field('details').fill('Since Monday');
  await h.button(h.t.openChat).click();
  await h.help.panel.getByText(h.t.chat).waitFor();
  const reference = await h.reference();
  expect(reference).toMatch(REFERENCE_PATTERN);
  const calls = (await page.evaluate(() => (window as unknown as { __vendorCalls: unknown[] }).__vendorCalls)) as Call[];
  expect(page.errors).toEqual([]);
  return { reference, calls, message: `Hi, I need help: ${QUERY}\nSince Monday\nReference: ${reference}` };
}

const transcriptLine = expect.stringMatching(/Searched “teleport my llama to jupiter”: nothing found/);

describe('hand-off to a live chat on the page', { timeout: 30_000 }, () => {
  it('Intercom: custom attributes with update, the message prefilled with showNewMessage', async () => {
    const { reference, calls, message } = await openChat('intercom');
    expect(calls).toEqual([
      ['Intercom', 'update', { ayuda_reference: reference, ayuda_question: QUERY, ayuda_transcript: transcriptLine }],
      ['Intercom', 'showNewMessage', message],
    ]);
  });

  it('Crisp: session data, the message text, then chat:open', async () => {
    const { reference, calls, message } = await openChat('crisp');
    expect(calls).toEqual([
      ['$crisp.push', ['set', 'session:data', [[['ayuda_reference', reference], ['ayuda_question', QUERY], ['ayuda_transcript', transcriptLine]]]]],
      ['$crisp.push', ['set', 'message:text', [message]]],
      ['$crisp.push', ['do', 'chat:open']],
    ]);
  });

  it('Zendesk messaging: conversation tags and fields, then open', async () => {
    const { reference, calls, message } = await openChat('zendesk', [{ type: 'chat', zendeskFieldId: '4422761977114' }, 'inbox']);
    const tag = `ayuda_${reference.toLowerCase().replaceAll('-', '_')}`;
    expect(calls).toEqual([
      ['zE', 'messenger:set', 'conversationTags', ['ayuda', tag]],
      ['zE', 'messenger:set', 'conversationFields', [{ id: '4422761977114', value: expect.stringContaining(message) }]],
      ['zE', 'messenger', 'open'],
    ]);
  });

  it('Chatwoot: conversation custom attributes, a label, then toggle open', async () => {
    const { reference, calls } = await openChat('chatwoot');
    expect(calls).toEqual([
      ['$chatwoot.setConversationCustomAttributes', { ayuda_reference: reference, ayuda_question: QUERY, ayuda_transcript: transcriptLine }],
      ['$chatwoot.setLabel', 'ayuda'],
      ['$chatwoot.toggle', 'open'],
    ]);
  });

  it('Tawk.to: attributes and an event, then maximize', async () => {
    const { reference, calls } = await openChat('tawk');
    expect(calls).toEqual([
      ['Tawk_API.setAttributes', { 'ayuda-reference': reference }],
      ['Tawk_API.addEvent', 'ayuda-handoff', { reference, question: QUERY, transcript: transcriptLine }],
      ['Tawk_API.maximize'],
    ]);
  });

  it('Freshchat: user properties, then open with the reply prefilled', async () => {
    const { reference, calls, message } = await openChat('freshchat');
    expect(calls).toEqual([
      ['fcWidget.user.setProperties', { ayuda_reference: reference, ayuda_transcript: transcriptLine }],
      ['fcWidget.open', { replyText: message }],
    ]);
  });

  it('records the chat hand-off in the inbox too', async () => {
    const { reference } = await openChat('crisp');
    await expect.poll(async () => (await stack.inbox()).find((r) => r.reference === reference)?.channel, { timeout: 10_000 }).toBe('chat:crisp');
  });

  it('offers no chat when no vendor chat is on the page', async () => {
    const { page, h } = await handOver('none');
    expect(await h.help.panel.getByRole('radio').count()).toBe(0);
    expect(await h.help.panel.getByText(h.t.channel.chat).count()).toBe(0);
    expect(await h.help.panel.getByText(h.t.channel.inbox, { exact: true }).count()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { __vendorCalls: unknown[] }).__vendorCalls)).toEqual([]);
  });
});
