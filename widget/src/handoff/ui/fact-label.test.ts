import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.ts';
import { es } from '../i18n/es.ts';
import { factLabel, humanize, siteLabels } from './fact-label.ts';

describe('fact labels', () => {
  it('humanize keys the site did not name', () => {
    expect(humanize('customerId')).toBe('Customer ID');
    expect(humanize('delivery_zone')).toBe('Delivery zone');
    expect(humanize('sku')).toBe('SKU');
    expect(humanize('loyalty-tier')).toBe('Loyalty tier');
    expect(humanize('orderURL')).toBe('Order URL');
  });

  it('take the site’s name in the customer’s language, then the common names, then the humanized key', () => {
    const labels = siteLabels({ plan: 'pro', labels: { plan: { es: 'Tarifa', en: 'Plan' } } }, { labels: { zone: 'Zona de reparto', plan: { es: 'Tu tarifa' } } });
    expect(factLabel('plan', labels, es)).toBe('Tu tarifa');
    expect(factLabel('plan', labels, en)).toBe('Plan');
    expect(factLabel('zone', labels, en)).toBe('Zona de reparto');
    expect(factLabel('customerId', labels, es)).toBe('N.º de cliente');
    expect(factLabel('sku', labels, es)).toBe('Referencia del producto');
    expect(factLabel('page', labels, es)).toBe('Página');
    expect(factLabel('giftWrap', labels, es)).toBe('Gift wrap');
    // A page's polluted prototype names nothing.
    expect(factLabel('toString', siteLabels({ labels: Object.create({ toString: 'x' }) }), en)).toBe('To string');
  });
});
