import { describe, expect, it } from 'vitest';
import { ALLOWED_TAGS, renderAnswer } from './render-answer.ts';

/** Every tag name in the output. */
const tags = (html: string) => [...html.matchAll(/<\/?([a-z0-9]+)/gi)].map((m) => m[1]!.toLowerCase());

/** Every attribute name=value in the output. */
const attributes = (html: string) => [...html.matchAll(/\s([a-z-]+)="([^"]*)"/gi)].map((m) => [m[1]!, m[2]!]);

function expectInert(html: string): void {
  for (const tag of tags(html)) expect(ALLOWED_TAGS).toContain(tag);
  for (const [name, value] of attributes(html)) {
    expect(name).not.toMatch(/^on/i);
    expect(['href', 'src', 'title', 'alt', 'width', 'height', 'rel', 'target']).toContain(name);
    if (name === 'href' || name === 'src') {
      expect(value).toMatch(/^(https?:\/\/|mailto:|tel:|\/(?!\/)|#|[a-z0-9._-]+(\/|$))/i);
    }
  }
  // Inside a tag, that is: as text ("[click](javascript:...)") it is harmless.
  expect(html).not.toMatch(/<[^>]*(javascript|vbscript|data):/i);
  expect(html).not.toMatch(/<script|<svg|<iframe|<style|<form|<object|<embed/i);
}

const XSS_CORPUS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=https://evil.example/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<img src="https://ok.example/a.png" onerror="alert(1)">',
  '<svg onload=alert(1)><circle r="1"/></svg>',
  '<svg><script>alert(1)</script></svg>',
  '[click](javascript:alert(1))',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="jAvAsCrIpT:alert(1)">x</a>',
  '<a href=" javascript:alert(1)">x</a>',
  '<a href="java\tscript:alert(1)">x</a>',
  '<a href="&#106;avascript:alert(1)">x</a>',
  '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)">x</a>',
  '<a href="javascript&colon;alert(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '![x](data:image/png;base64,iVBORw0KGgo=)',
  '<img src="data:image/svg+xml;base64,PHN2Zz4=">',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="//evil.example/">protocol-relative</a>',
  '<iframe src="https://evil.example"></iframe>',
  '<form action="https://evil.example"><input name="q"><button>go</button></form>',
  '<style>body{display:none}</style><p style="color:red">styled</p>',
  '<div onclick="alert(1)">click</div>',
  '<a href="https://ok.example" onmouseover="alert(1)">x</a>',
  '<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/x.swf">',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<a href="https://ok.example" target="_self" rel="opener">x</a>',
  '<<script>script>alert(1)<</script>/script>',
];

describe('the inertness check itself', () => {
  it('fails on dangerous HTML', () => {
    expect(() => expectInert('<a href="javascript:alert(1)">x</a>')).toThrow();
    expect(() => expectInert('<img src="https://x.example/a.png" onerror="alert(1)">')).toThrow();
    expect(() => expectInert('<svg></svg>')).toThrow();
    expect(() => expectInert('<a href="//evil.example">x</a>')).toThrow();
  });
});

describe('renderAnswer sanitizing', () => {
  it.each(XSS_CORPUS)('makes %s inert', (source) => {
    const { html, text } = renderAnswer(source);
    expectInert(html);
    expect(html).not.toMatch(/alert\(1\)">|onerror|onload|onclick|onmouseover/i);
    expect(text).not.toMatch(/<script/i);
  });

  it('drops script and style contents, keeps harmless text around them', () => {
    expect(renderAnswer('Hola <script>alert(1)</script>mundo').html).toBe('<p>Hola mundo</p>');
    expect(renderAnswer('<style>p{}</style>texto').text).toBe('texto');
  });

  it('keeps the links that are allowed', () => {
    const { html } = renderAnswer(
      '[cuenta](/cuenta) [mail](mailto:a@b.example) [tel](tel:+34900) [web](https://lumen.example "Lumen") http://x.example/y',
    );
    expect(html).toContain('<a href="/cuenta">cuenta</a>');
    expect(html).toContain('<a href="mailto:a@b.example">mail</a>');
    expect(html).toContain('<a href="tel:+34900">tel</a>');
    expect(html).toContain(
      '<a href="https://lumen.example" title="Lumen" rel="noopener noreferrer" target="_blank">web</a>',
    );
    expect(html).toContain('<a href="http://x.example/y" rel="noopener noreferrer" target="_blank">http://x.example/y</a>');
  });

  it('replaces rel/target written by the author, and only external links get them', () => {
    const { html } = renderAnswer('<a href="/x" target="_blank" rel="opener">in</a> <a href="https://o.example" target="_self">out</a>');
    expect(html).toBe(
      '<p><a href="/x">in</a> <a href="https://o.example" rel="noopener noreferrer" target="_blank">out</a></p>',
    );
  });

  it('keeps images only from http(s), with alt, width and height', () => {
    expect(renderAnswer('<img src="https://cdn.example/a.png" alt="A" width="10" height="20" class="x">').html).toBe(
      '<img src="https://cdn.example/a.png" alt="A" width="10" height="20" />',
    );
    expect(renderAnswer('<img src="/local.png" alt="rel">').html).toBe('');
  });

  it('demotes headings inside answers', () => {
    const { html } = renderAnswer('# Uno\n\n## Dos\n\n### Tres\n\n#### Cuatro\n\n<h1>raw</h1>');
    expect(html).toBe('<h3>Uno</h3>\n<h4>Dos</h4>\n<h5>Tres</h5>\n<h6>Cuatro</h6>\n<h3>raw</h3>');
  });

  it('renders Markdown lists, emphasis, code and tables with allowed tags only', () => {
    const { html } = renderAnswer('**a** _b_ `c`\n\n- x\n- y\n\n| h | i |\n|--:|---|\n| 1 | 2 |\n\n```js\nlet x = 1;\n```');
    expect(tags(html).every((t) => ALLOWED_TAGS.includes(t))).toBe(true);
    expect(html).toContain('<strong>a</strong> <em>b</em> <code>c</code>');
    expect(html).toContain('<th>h</th>'); // style="text-align" dropped
    expect(html).toContain('<pre><code>let x = 1;\n</code></pre>');
  });
});

describe('renderAnswer text', () => {
  it('strips tags, decodes entities and collapses whitespace', () => {
    const { text } = renderAnswer('Tienes **30 días** &amp; más: 1 < 2.\n\n- uno\n- dos\n\n<p>a</p><p>b</p>');
    expect(text).toBe('Tienes 30 días & más: 1 < 2. uno dos a b');
  });
});
