// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createHost } from './create-host.ts';

/** A document still being parsed (readyState "loading"), with `parts` of it there so far. */
function parsingDocument(parts: 'head' | 'head+body'): Document {
  const doc = document.implementation.createHTMLDocument('');
  if (parts === 'head') doc.body.remove();
  Object.defineProperty(doc, 'readyState', { value: 'loading', configurable: true });
  return doc;
}

describe('createHost', () => {
  it('appends the host to body at once when body exists', () => {
    const { host, root, remove } = createHost(document, [':host{color:red}']);
    expect(document.body.lastElementChild).toBe(host);
    expect(root.adoptedStyleSheets).toHaveLength(1);
    remove();
    expect(host.isConnected).toBe(false);
  });

  it.each(['head', 'head+body'] as const)('waits for DOMContentLoaded while the page is parsed (%s so far), so it ends up after the page content', (parts) => {
    const doc = parsingDocument(parts);
    const { host } = createHost(doc, []);
    expect(host.isConnected).toBe(false);
    if (!doc.body) doc.documentElement.append(doc.createElement('body'));
    doc.body.append(doc.createElement('main'));
    doc.dispatchEvent(new Event('DOMContentLoaded'));
    expect(doc.body.lastElementChild).toBe(host);
  });

  it('stops waiting when removed first', () => {
    const doc = parsingDocument('head');
    const remove = vi.spyOn(doc, 'removeEventListener');
    const { host, remove: destroy } = createHost(doc, []);
    destroy();
    expect(remove).toHaveBeenCalledWith('DOMContentLoaded', expect.any(Function));
    doc.documentElement.append(doc.createElement('body'));
    doc.dispatchEvent(new Event('DOMContentLoaded'));
    expect(host.isConnected).toBe(false);
  });
});
