import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileFaq } from './index.ts';

const FIXTURES = resolve(import.meta.dirname, '__fixtures__');
const fx = (name: string) => join(FIXTURES, name);
const TELCO = resolve(import.meta.dirname, '../../bench/data/faqs/telco/faq.csv');

async function tempFiles(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ayuda-compile-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

describe('compileFaq: formats', () => {
  it('compiles one Markdown file', async () => {
    const { faq, errors } = await compileFaq([fx('faq.md')]);
    expect(errors).toEqual([]);
    expect(faq.entries.map((e) => [e.id, e.locale])).toEqual([
      ['devolver-pedido', 'es'],
      ['reembolso-plazo', 'es'],
      ['do-you-ship-to-canada', 'en'],
    ]);
    const [devolver, reembolso, canada] = faq.entries;
    expect(devolver).toMatchObject({
      question: '¿Cómo devuelvo un pedido?',
      alternates: ['quiero devolver algo', 'devolución de un producto'],
      tags: ['devoluciones', 'pedidos'],
      related: ['reembolso-plazo'],
    });
    expect(devolver!.answerHtml).toBe(
      '<p>Tienes <strong>30 días</strong> para devolverlo desde <a href="/cuenta/pedidos">tu cuenta</a>.</p>\n' +
        '<h3>Pasos</h3>\n<ol>\n<li>Entra en tu cuenta.</li>\n<li>Pulsa <em>Devolver</em>.</li>\n</ol>',
    );
    expect(devolver!.answerText).toBe('Tienes 30 días para devolverlo desde tu cuenta. Pasos Entra en tu cuenta. Pulsa Devolver.');
    expect(reembolso!.alternates).toEqual(['cuánto tarda el reembolso', 'dinero de la devolución']);
    expect(reembolso!.answerHtml).toContain(
      '<a href="https://lumen.example/ayuda" rel="noopener noreferrer" target="_blank">https://lumen.example/ayuda</a>',
    );
    expect(reembolso!.answerHtml).toContain('<pre><code>## Esto no es una pregunta\n</code></pre>');
    expect(canada!.answerText).toBe('Yes, we ship to Canada & the US.');
    expect(faq.synonyms).toEqual({
      es: [
        ['reembolso', 'devolución', 'reintegro'],
        ['envío', 'entrega'],
      ],
    });
  });

  it('compiles a folder of Markdown files, sorted by path, hidden files skipped', async () => {
    const { faq, errors } = await compileFaq([fx('folder')]);
    expect(errors).toEqual([]);
    expect(faq.entries.map((e) => [e.id, e.locale, e.question])).toEqual([
      ['devolver-pedido', 'es', '¿Cómo devuelvo un pedido?'],
      ['do-you-ship-to-canada', 'en', 'Do you ship to Canada?'],
      ['plazo-envio', 'es', '¿Cuánto tarda el envío?'],
    ]);
    expect(faq.entries[0]).toMatchObject({ related: ['plazo-envio'], answerHtml: '<p>Tienes <strong>30 días</strong> para devolverlo.</p>' });
    expect(faq.entries[2]!.answerHtml).toBe('<p>Entre <strong>2 y 4 días</strong> hábiles.</p>\n<h3>Envíos urgentes</h3>\n<p>Llegan al día siguiente.</p>');
    expect(faq.synonyms).toEqual({});
  });

  it('compiles a JSON array', async () => {
    const { faq, errors } = await compileFaq([fx('faq-array.json')]);
    expect(errors).toEqual([]);
    expect(faq.entries).toEqual([
      {
        id: 'horario',
        question: '¿Cuál es el horario de atención?',
        answerHtml: '<p>De lunes a viernes, de <strong>9:00 a 18:00</strong>.</p>',
        answerText: 'De lunes a viernes, de 9:00 a 18:00.',
        alternates: ['a qué hora abren', 'horario de la tienda'],
        tags: ['atencion', 'horario'],
        locale: 'es',
        related: ['contacto'],
      },
      {
        id: 'contacto',
        question: 'How do I contact support?',
        answerHtml:
          '<p>Write to <a href="mailto:help@lumen.example">support</a> or call <a href="tel:+34900000000">900 000 000</a>.</p>',
        answerText: 'Write to support or call 900 000 000.',
        alternates: ['talk to a human', 'contact details'],
        tags: [],
        locale: 'en',
        related: [],
      },
    ]);
  });

  it('compiles a JSON object with locale and synonyms', async () => {
    const { faq, errors } = await compileFaq([fx('faq-object.json')]);
    expect(errors).toEqual([]);
    expect(faq.entries.map((e) => [e.id, e.locale])).toEqual([
      ['refund-time', 'en'],
      ['puedo-pagar-en-efectivo', 'es'],
    ]);
    expect(faq.synonyms).toEqual({
      en: [
        ['refund', 'reimbursement'],
        ['parcel', 'package'],
      ],
    });
  });

  it('compiles CSV, with multi-line answers, "|" lists and derived ids', async () => {
    const { faq, errors } = await compileFaq([fx('faq.csv')]);
    expect(errors).toEqual([]);
    expect(faq.entries[0]).toMatchObject({
      id: 'pago-tarjeta',
      answerHtml: '<p>Aceptamos <strong>Visa</strong> y Mastercard.</p>\n<p>También <em>Amex</em>.</p>',
      alternates: ['tarjetas aceptadas', 'pagar con tarjeta'],
      tags: ['pagos', 'tarjetas'],
      related: [],
    });
    expect(faq.entries[1]).toMatchObject({
      id: 'how-do-i-reset-my-password',
      alternates: ['lost password', "can't log in"],
      locale: 'en',
      related: ['pago-tarjeta'],
    });
  });

  it('merges several sources into one FAQ', async () => {
    const { faq, errors } = await compileFaq([fx('faq-array.json'), fx('faq.csv'), fx('faq-object.json')]);
    expect(errors).toEqual([]);
    expect(faq.entries).toHaveLength(6);
  });

  it('builds the real-world telco CSV (80 entries, es and en) without errors', async () => {
    const { faq, errors } = await compileFaq([TELCO]);
    expect(errors).toEqual([]);
    expect(faq.entries).toHaveLength(80);
    const locales = faq.entries.map((e) => e.locale);
    expect(locales.filter((l) => l === 'es')).toHaveLength(40);
    expect(locales.filter((l) => l === 'en')).toHaveLength(40);
    expect(new Set(faq.entries.map((e) => e.id)).size).toBe(80);
  });

  it('trims and NFC-normalises text fields', async () => {
    const nfd = 'devolucio\u0301n';
    const dir = await tempFiles({
      'f.json': JSON.stringify([{ id: ' x ', question: `  ¿${nfd}?  `, answer: nfd, tags: [` ${nfd} `], alternates: [`${nfd} `] }]),
    });
    const { faq } = await compileFaq(['f.json'], { cwd: dir });
    expect(faq.entries[0]).toMatchObject({
      id: 'x',
      question: '¿devolución?',
      answerText: 'devolución',
      tags: ['devolución'],
      alternates: ['devolución'],
    });
  });
});

describe('compileFaq: locale resolution (entry > file default > --locale > guessed)', () => {
  const files = {
    'with-default.md': '---\nlocale: ES-MX\n---\n## Own locale\nlocale: EN\n\nYes.\n\n## Sin locale\n\nSí.\n',
    'no-default.md': '## How do I pay for my order?\n\nWith a card or with cash.\n\n## ¿Cómo pago mi pedido?\n\nCon tarjeta o en efectivo.\n',
  };

  it('uses the entry, then the file default, and guesses without a flag', async () => {
    const dir = await tempFiles(files);
    const { faq, errors } = await compileFaq(['with-default.md', 'no-default.md'], { cwd: dir });
    expect(errors).toEqual([]);
    expect(faq.entries.map((e) => e.locale)).toEqual(['en', 'es-mx', 'en', 'es']);
  });

  it('uses --locale before guessing, but after the entry and file default', async () => {
    const dir = await tempFiles(files);
    const { faq, errors } = await compileFaq(['with-default.md', 'no-default.md'], { cwd: dir, locale: 'PT' });
    expect(errors).toEqual([]);
    expect(faq.entries.map((e) => e.locale)).toEqual(['en', 'es-mx', 'pt', 'pt']);
  });

  it('rejects a --locale that is not a language tag', async () => {
    const dir = await tempFiles(files);
    const { errors } = await compileFaq(['no-default.md'], { cwd: dir, locale: 'not a tag' });
    expect(errors).toEqual([{ file: '--locale', line: 0, field: '', message: '"not a tag" is not a language tag like "es", "en" or "es-mx"' }]);
  });

  it('rejects bad entry and file locales on their line', async () => {
    const dir = await tempFiles({ 'bad.md': '---\nlocale: español\n---\n## Q\nlocale: e\n\nA.\n' });
    const { errors } = await compileFaq(['bad.md'], { cwd: dir });
    expect(errors.map((e) => [e.file, e.line, e.field])).toEqual([
      ['bad.md', 2, 'locale'],
      ['bad.md', 5, 'locale'],
    ]);
  });
});
