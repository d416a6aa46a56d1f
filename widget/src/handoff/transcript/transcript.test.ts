import { describe, expect, it } from 'vitest';
import { makeRecord } from '../../../../test/handoff/records.ts';
import { XSS_CORPUS } from '../__fixtures__/xss-corpus.ts';
import { buildTranscript } from './build-transcript.ts';
import { escapeHtml, formatHtml } from './format-html.ts';
import { formatInbox } from './format-inbox.ts';
import { formatText } from './format-text.ts';
import { formatWebhook } from './format-webhook.ts';

describe('one transcript, many formats', () => {
  const record = makeRecord();
  const t = buildTranscript(record);

  it('reads the journey as steps in the customer’s time zone and language', () => {
    expect(t.title).toBe('Solicitud AY-7K3-Q9F');
    expect(t.steps).toEqual([
      { time: '10:30', text: 'Página «Lumen Aire V8» (/producto)' },
      { time: '10:31', text: 'Buscó «donde esta mi pedido»: sin resultados' },
      { time: '10:32', text: 'Buscó «seguimiento envio»: resultados dudosos (primeros: ¿Cuánto tarda el envío?)' },
      { time: '10:33', text: 'Leyó «¿Cuánto tarda el envío?» (42 s)' },
      { time: '10:34', text: '«¿Cuánto tarda el envío?» no le sirvió: “No dice dónde está el mío”' },
      { time: '10:35', text: 'Página «Pago» (/checkout)' },
    ]);
    expect(t.facts).toContainEqual(['De', 'Ana López <ana@example.com>']);
    expect(t.site).toEqual([['orderId', '4411'], ['plan', 'pro'], ['cart', '2']]);
    expect(buildTranscript(makeRecord({ locale: 'en', timeZone: 'America/New_York' })).steps[1]).toEqual({ time: '04:31 AM', text: 'Searched “donde esta mi pedido”: nothing found' });
  });

  it('says which channel was asked for when the inbox took over', () => {
    expect(buildTranscript(makeRecord({ channel: 'inbox', requested: 'whatsapp', locale: 'en' })).facts[0]).toEqual(['Channel', 'inbox (asked for whatsapp, closed)']);
  });

  it('has the same content in plain text, HTML, the webhook and the inbox', () => {
    const text = formatText(t);
    const html = formatHtml(t);
    const hook = formatWebhook(record, t);
    const inbox = formatInbox(record, t);
    for (const step of t.steps) {
      expect(text).toContain(step.text);
      expect(html).toContain(escapeHtml(step.text));
      expect(inbox.transcript).toContain(JSON.stringify(step.text).slice(1, -1));
    }
    expect(text).toContain('Lo pedí hace diez días.\nNo tengo número de seguimiento.');
    expect(html).toContain('Lo pedí hace diez días.<br>No tengo número de seguimiento.');
    expect(hook).toMatchObject({ type: 'handoff.created', id: record.id, handoff: record, transcript: { text } });
    expect(inbox).toMatchObject({ reference: 'AY-7K3-Q9F', contact_email: 'ana@example.com', channel: 'email', details: record.details });
    expect(formatInbox(makeRecord({ channel: 'chat', vendor: 'crisp', details: '' }), t)).toMatchObject({ channel: 'chat:crisp', details: null });
  });

  it('escapes every string in the HTML, wherever it comes from', () => {
    for (const evil of XSS_CORPUS) {
      const r = makeRecord({
        question: evil,
        details: evil,
        contact: { name: evil, email: 'ana@example.com' },
        path: '/p',
        journey: {
          items: [
            { id: '1', kind: 'search', at: record.at, path: '/p', query: evil, decision: 'none', results: [{ id: 'x', title: evil }] },
            { id: '2', kind: 'page', at: record.at, path: '/p', title: evil },
          ],
          traits: { [evil.slice(0, 60)]: evil },
          context: {},
        },
      });
      const html = formatHtml(buildTranscript(r));
      const body = html.slice(html.indexOf('<body'));
      expect(body).not.toMatch(/<(script|img|svg|iframe|a|style|math|details)\b/i);
      expect(body).not.toMatch(/ on\w+=/i.test(evil) ? /<[^>]* on\w+=/i : /$^/);
    }
  });

  it('escapes the five HTML-special characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
