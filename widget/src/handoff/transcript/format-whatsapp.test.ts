import { describe, expect, it } from 'vitest';
import { makeRecord } from '../../../../test/handoff/records.ts';
import { buildTranscript } from './build-transcript.ts';
import { MAX_WHATSAPP_URL, whatsappLink, whatsappMessage } from './format-whatsapp.ts';

const NUMBER = '34600111222';

describe('whatsapp', () => {
  it('prefills the question, details, reference and the short transcript', () => {
    const t = buildTranscript(makeRecord());
    const link = whatsappLink(t, NUMBER);
    expect(link.startsWith('https://wa.me/34600111222?text=')).toBe(true);
    const text = decodeURIComponent(link.split('?text=')[1]!);
    expect(text.split('\n')).toEqual([
      'Hola, necesito ayuda: ¿Dónde está mi pedido 4411?',
      'Lo pedí hace diez días.',
      'No tengo número de seguimiento.',
      'Referencia: AY-7K3-Q9F',
      'Lo que ya consulté:',
      '- Página «Lumen Aire V8» (/producto)',
      '- Buscó «donde esta mi pedido»: sin resultados',
      '- Buscó «seguimiento envio»: resultados dudosos (primeros: ¿Cuánto tarda el envío?)',
      '- Leyó «¿Cuánto tarda el envío?» (42 s)',
      '- «¿Cuánto tarda el envío?» no le sirvió: “No dice dónde está el mío”',
      '- Página «Pago» (/checkout)',
    ]);
  });

  it('stays within the URL limit, trimming the longest parts first and never the reference', () => {
    const long = 'ñandú '.repeat(400);
    const t = buildTranscript(makeRecord({ question: `Pregunta corta ${'x'.repeat(50)}`, details: long }));
    const link = whatsappLink(t, NUMBER);
    expect(link.length).toBeLessThanOrEqual(MAX_WHATSAPP_URL);
    const text = decodeURIComponent(link.split('?text=')[1]!);
    expect(text).toContain('Referencia: AY-7K3-Q9F');
    expect(text).toContain(`Pregunta corta ${'x'.repeat(50)}`);
    expect(text).toContain('- Buscó «donde esta mi pedido»: sin resultados');
    const details = text.split('\n')[1]!;
    expect(details.endsWith('…')).toBe(true);
    expect(details.length).toBeLessThan(long.length);
    expect(MAX_WHATSAPP_URL - link.length).toBeLessThan(40); // trimmed no more than needed
  });

  it('drops steps that no longer fit, and their heading with the last', () => {
    const t = buildTranscript(makeRecord({ question: 'q'.repeat(2000), details: 'd'.repeat(5000) }));
    for (const max of [1500, 800, 300]) {
      const message = whatsappMessage(t, NUMBER, max);
      expect(`https://wa.me/${NUMBER}?text=${encodeURIComponent(message)}`.length).toBeLessThanOrEqual(max);
      expect(message).toContain('Referencia: AY-7K3-Q9F');
    }
    const short = whatsappMessage(t, NUMBER, 300).split('\n');
    const steps = short.filter((l) => l.startsWith('- '));
    for (const step of steps) expect(step.length).toBeGreaterThanOrEqual(25);
    expect(short[0]).toMatch(/^Hola, necesito ayuda: q+…$/);
    expect(short.includes('Lo que ya consulté:')).toBe(steps.length > 0);
    expect(whatsappMessage(t, NUMBER, 120)).not.toContain('Lo que ya consulté');
  });
});
