import { describe, expect, it } from 'vitest';
import { pagePath } from './page-path.ts';

const at = (url: string) => new URL(url, 'https://shop.example');

describe('pagePath', () => {
  it('drops the query string and the fragment', () => {
    expect(pagePath(at('/checkout/pago?email=ana@correo.es&step=2#tarjeta'))).toBe('/checkout/pago');
  });

  it('keeps the allowlisted parameters only, given as a list or as data-keep-params text', () => {
    expect(pagePath(at('/p?utm_source=x&step=2&plan=pro&step=3'), ['step', 'plan'])).toBe('/p?step=2&step=3&plan=pro');
    expect(pagePath(at('/p?utm_source=x&step=2&plan=pro'), 'plan, step')).toBe('/p?plan=pro&step=2');
    expect(pagePath(at('/p?utm_source=x'), 'step')).toBe('/p');
  });

  it('redacts personal data in the path and in kept parameters, and fits 1,024 characters', () => {
    expect(pagePath(at('/cuenta/ana@correo.es/pedidos/12345678'))).toBe('/cuenta/[email]/pedidos/[number]');
    expect(pagePath(at('/p?ref=612345678'), 'ref')).toBe('/p?ref=[phone]');
    expect(pagePath(at(`/${'a'.repeat(2000)}`))).toHaveLength(1024);
  });
});
