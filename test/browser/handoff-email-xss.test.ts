/**
 * The hand-off email's HTML, rendered by Chromium with an XSS corpus in
 * every customer-controlled field (question, details, name, queries, titles,
 * traits, data-context): nothing runs, nothing is injected, every string
 * shows as the text the customer typed.
 */
import { describe, expect, it } from 'vitest';
import { emailMessage } from '../../server/handoff/email-message.ts';
import { XSS_CORPUS } from '../../widget/src/handoff/__fixtures__/xss-corpus.ts';
import { makeRecord } from '../handoff/records.ts';
import { useChromium } from './chromium.ts';

const chromium = useChromium();

describe('hand-off email HTML', () => {
  it('renders the XSS corpus as text, running nothing', async () => {
    const page = await chromium.page({ javaScriptEnabled: true });
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const base = makeRecord();
    for (const evil of XSS_CORPUS) {
      const record = makeRecord({
        question: evil,
        details: `${evil}\n${evil}`,
        contact: { name: evil, email: 'ana@example.com' },
        journey: {
          items: [
            { id: '1', kind: 'search', at: base.at, path: '/p', query: evil, decision: 'weak', results: [{ id: 'x', title: evil }] },
            { id: '2', kind: 'read', at: base.at, path: '/p', entry: 'x', title: evil, ms: 1000 },
            { id: '3', kind: 'feedback', at: base.at, path: '/p', entry: 'x', title: evil, helpful: false, comment: evil },
            { id: '4', kind: 'page', at: base.at, path: '/p', title: evil },
          ],
          traits: { note: evil },
          context: { [evil.slice(0, 60) || 'k']: evil },
        },
      });
      const html = String(emailMessage(record, 'soporte@tienda.example').html);
      await page.setContent(html, { waitUntil: 'load' });
      await page.waitForTimeout(50);
      const seen = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        active: document.querySelectorAll('script, iframe, img, svg, style, math, a, details, object, embed').length,
        handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name)).filter((n) => n.startsWith('on')),
        text: document.body.innerText,
      }));
      expect(seen.pwned, evil).toBeUndefined();
      expect(seen.active, evil).toBe(0);
      expect(seen.handlers, evil).toEqual([]);
      const visible = evil.replace(/\u0000/g, '').trim();
      if (visible) expect(seen.text, evil).toContain(visible.split('\n')[0]);
    }
    expect(dialogs).toEqual([]);
    expect(page.errors).toEqual([]);
  }, 60_000);
});
