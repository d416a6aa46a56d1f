/**
 * The static help centre's generator: pages per entry and language, their
 * JSON-LD, canonical and hreflang links, the sitemap, escaping of what FAQ
 * authors wrote, and valid HTML (html-validate, offline) for the demo FAQ.
 */
import { Window } from 'happy-dom';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, test } from 'vitest';
import type { CompiledFaq, FaqEntry } from '../src/faq/types.ts';
import { contrastRatio } from '../src/core/contrast.ts';
import { compileFaq } from './index.ts';
import { entryPage, helpCentre, helpCentreCss, helpCentreSite, jsonForScript, pageAnswerHtml, pageName, type HelpCentreFile } from './help-centre.ts';

const URL_BASE = 'https://tienda.example/ayuda/';
const OPTIONS = { url: URL_BASE, widget: '../widget/ayuda.js', color: '#ffd166', name: 'Tienda Lumen' };

let demo: CompiledFaq;
let files: HelpCentreFile[];
beforeAll(async () => {
  const compiled = await compileFaq(['demo/faq/es.md', 'demo/faq/en.md']);
  expect(compiled.errors).toEqual([]);
  demo = compiled.faq;
  files = helpCentre(demo, OPTIONS);
});

const file = (path: string): string => {
  const found = files.find((f) => f.path === path);
  if (!found) throw new Error(`no ${path} among ${files.map((f) => f.path).join(', ')}`);
  return found.text;
};
// Parsed, never run: no script or stylesheet is fetched.
const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, handleDisabledFileLoadingAsSuccess: true } });
const parse = (html: string, type: DOMParserSupportedType = 'text/html'): Document => new window.DOMParser().parseFromString(html, type) as unknown as Document;
const entry = (over: Partial<FaqEntry>): FaqEntry => ({ id: 'x', question: 'Q', answerHtml: '<p>A</p>', answerText: 'A', alternates: [], tags: [], locale: 'en', related: [], ...over });

describe('the files', () => {
  test('one page per entry and language, an index per language, the languages page, sitemap.xml and help.css', () => {
    const paths = files.map((f) => f.path);
    expect(paths.filter((p) => /^(es|en)\/(?!index\.html).+\.html$/.test(p))).toHaveLength(demo.entries.length);
    expect(paths).toEqual(expect.arrayContaining(['index.html', 'es/index.html', 'en/index.html', 'es/seguir-pedido.html', 'en/track-order.html', 'sitemap.xml', 'help.css']));
  });

  test('an id that is not a safe file name gets a slug and a hash: never a path out of the folder', () => {
    expect(pageName('seguir-pedido')).toBe('seguir-pedido.html');
    for (const id of ['../../etc/passwd', 'a/b', 'devolución', '%2e%2e', '?x#y']) {
      expect(pageName(id)).toMatch(/^[a-z0-9-]+-[0-9a-f]{8}\.html$/);
    }
    expect(pageName('a/b')).not.toBe(pageName('a-b'));
  });
});

describe('an entry page', () => {
  test('has its title, description, canonical link, stylesheet, the widget in the site’s colour, and the sanitized answer', () => {
    const doc = parse(file('es/seguir-pedido.html'));
    expect(doc.documentElement.lang).toBe('es');
    expect(doc.title).toBe('¿Cómo sigo mi pedido? | Tienda Lumen');
    expect(doc.querySelector('h1')?.textContent).toBe('¿Cómo sigo mi pedido?');
    expect(doc.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(`${URL_BASE}es/seguir-pedido.html`);
    expect(doc.querySelector('meta[name=description]')?.getAttribute('content')).toMatch(/^Cuando tu pedido sale del almacén/);
    const script = doc.querySelector('script[src]')!;
    expect([script.getAttribute('src'), script.getAttribute('data-color'), script.hasAttribute('async')]).toEqual(['../../widget/ayuda.js', '#ffd166', true]);
    expect(doc.querySelector('main#main .answer strong')?.textContent).toBe('Mi cuenta > Pedidos');
    expect(doc.querySelector('a.skip')?.getAttribute('href')).toBe('#main');
    expect([...doc.querySelectorAll('nav[aria-labelledby=related] a')].map((a) => a.getAttribute('href'))).toEqual(['plazos-envio.html', 'confirmacion-no-recibida.html', 'entregado-no-recibido.html']);
  });

  test('its FAQPage JSON-LD parses and holds the question and the answer', () => {
    const doc = parse(file('en/track-order.html'));
    const blocks = [...doc.querySelectorAll('script[type="application/ld+json"]')];
    expect(blocks).toHaveLength(1);
    const data = JSON.parse(blocks[0]!.textContent!);
    const track = demo.entries.find((e) => e.id === 'track-order')!;
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      inLanguage: 'en',
      url: `${URL_BASE}en/track-order.html`,
      mainEntity: [{ '@type': 'Question', name: 'How do I track my order?', acceptedAnswer: { '@type': 'Answer', text: track.answerHtml } }],
    });
  });

  test('links the other language’s help centre (hreflang), named in that language', () => {
    const doc = parse(file('es/seguir-pedido.html'));
    const other = doc.querySelector('header nav a[hreflang]')!;
    expect([other.getAttribute('href'), other.getAttribute('hreflang'), other.getAttribute('lang'), other.textContent]).toEqual(['../en/', 'en', 'en', 'English']);
  });

  test('escapes a hostile question everywhere, and keeps it out of the JSON-LD’s script', () => {
    const hostile = '</title><script>alert(1)</script><img src=x onerror=alert(2)> & "quotes" \u2028';
    const faq: CompiledFaq = { entries: [entry({ id: 'evil', question: hostile, related: ['other'] }), entry({ id: 'other', question: `<b>${hostile}</b>` })], synonyms: {} };
    const page = entryPage(faq.entries[0]!, helpCentreSite(faq, { ...OPTIONS, name: '<i>Shop</i>' }));
    expect(page.text).not.toMatch(/<script>alert|<img|<b>|<i>|<\/title><script/);
    const doc = parse(page.text);
    expect(doc.title).toBe(`${hostile} | <i>Shop</i>`);
    expect(doc.querySelector('h1')?.textContent).toBe(hostile);
    expect(doc.querySelectorAll('script')).toHaveLength(2); // the JSON-LD and the widget, nothing else
    expect(doc.querySelector('img, b, i')).toBeNull();
    expect(JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!).mainEntity[0].name).toBe(hostile);
    expect(doc.querySelector('nav[aria-labelledby=related] a')?.textContent).toBe(`<b>${hostile}</b>`);
    expect(jsonForScript({ a: '</script>&' })).toBe('{"a":"\\u003c/script\\u003e\\u0026"}');
  });

  test('the answer’s headings move up a level under the page’s h1', () => {
    expect(pageAnswerHtml('<h3>Plazos</h3><p>h3 text</p><h4 id="x">Más</h4>')).toBe('<h2>Plazos</h2><p>h3 text</p><h3 id="x">Más</h3>');
  });
});

describe('the indexes and the sitemap', () => {
  test('a language index lists its entries by section, with canonical, hreflang alternates and the inline search', () => {
    const doc = parse(file('es/index.html'));
    expect(doc.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(`${URL_BASE}es/`);
    const alternates = [...doc.querySelectorAll('link[rel=alternate]')].map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]);
    expect(alternates).toEqual([
      ['en', `${URL_BASE}en/`],
      ['es', `${URL_BASE}es/`],
      ['x-default', URL_BASE],
    ]);
    const sections = [...doc.querySelectorAll('main section')];
    expect(sections[0]!.querySelector('h2')?.textContent).toBe('Pedidos');
    expect(sections[0]!.querySelector('a')?.getAttribute('href')).toBe('seguir-pedido.html');
    expect(doc.querySelectorAll('main section a')).toHaveLength(demo.entries.filter((e) => e.locale === 'es').length);
    expect(doc.querySelector('ayuda-help')?.getAttribute('lang')).toBe('es');
  });

  test('sitemap.xml names every page by its full URL, the indexes with their alternates', () => {
    const doc = parse(file('sitemap.xml'), 'application/xml');
    const locs = [...doc.getElementsByTagName('loc')].map((l) => l.textContent);
    expect(locs).toHaveLength(demo.entries.length + 3);
    expect(locs).toEqual(expect.arrayContaining([URL_BASE, `${URL_BASE}es/`, `${URL_BASE}en/`, `${URL_BASE}es/seguir-pedido.html`]));
    expect(locs.every((l) => l!.startsWith(URL_BASE))).toBe(true);
    const es = [...doc.getElementsByTagName('url')].find((u) => u.getElementsByTagName('loc')[0]!.textContent === `${URL_BASE}es/`)!;
    expect(es.getElementsByTagName('xhtml:link')).toHaveLength(3);
  });

  test('help.css: text on the site’s colour and the colour as text on white both reach AA', () => {
    for (const color of ['#ffd166', '#1f3a5f', '#ffffff', 'not a colour']) {
      const css = helpCentreCss(color);
      const v = (name: string) => new RegExp(`--${name}:(#[0-9a-f]{6})`).exec(css)![1]!;
      expect(contrastRatio(v('brand'), v('on-brand'))).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(v('accent'), '#ffffff')).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('valid HTML', () => {
  test('every page of the demo’s help centre passes html-validate', async () => {
    // Recommended rules, but a title as long as the author's question is theirs to shorten.
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });
    const problems: string[] = [];
    for (const f of files.filter((f) => f.path.endsWith('.html'))) {
      const report = await validator.validateString(f.text, f.path);
      for (const m of report.results.flatMap((r) => r.messages)) problems.push(`${f.path}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(problems).toEqual([]);
  });
});
