import { describe, expect, it } from 'vitest';
import { luhn, redact } from './redact.ts';

describe('redact', () => {
  it.each([
    // e-mail addresses
    ['mi correo es ana.gil+pedidos@correo.es, gracias', 'mi correo es [email], gracias'],
    ['escribidme a josé.núñez@dominio.com.mx.', 'escribidme a [email].'],
    ['email me at john_doe99@mail.example.co.uk', 'email me at [email]'],
    // cards (Luhn-valid), grouped or not
    ['mi tarjeta 4111 1111 1111 1111 no funciona', 'mi tarjeta [card] no funciona'],
    ['card 5500-0000-0000-0004 was charged twice', 'card [card] was charged twice'],
    ['amex 3782 822463 10005', 'amex [card]'],
    ['4012888888881881', '[card]'],
    // Spanish phones
    ['llamadme al 612 34 56 78', 'llamadme al [phone]'],
    ['mi móvil: 612345678', 'mi móvil: [phone]'],
    ['fijo 91 123 45 67 por la tarde', 'fijo [phone] por la tarde'],
    ['+34 612 345 678', '[phone]'],
    ['(+34) 612-345-678', '[phone]'],
    ['0034 612 34 56 78', '[phone]'],
    // English phones
    ['call me on (555) 123-4567 tomorrow', 'call me on [phone] tomorrow'],
    ['my number is 555.123.4567', 'my number is [phone]'],
    ['+1 415 555 2671', '[phone]'],
    ['+44 20 7946 0958', '[phone]'],
    ['07700 900123', '[phone]'],
    // other long digit runs
    ['pedido 1234567 sin llegar', 'pedido [number] sin llegar'],
    ['mi DNI es 12345678Z', 'mi DNI es [number]Z'],
    ['IBAN ES91 2100 0418 4502 0005 1332', 'IBAN ES[number]'],
    ['cuenta 123456789012', 'cuenta [number]'],
    // 9-11 digits without separators read as a phone: redacted either way
    ['tracking 1Z999AA10123456784', 'tracking 1Z999AA[phone]'],
    ['card 4111 1111 1111 1112 (typo)', 'card [number] (typo)'],
  ])('%s', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it.each([
    'devolución en 30 días',
    'pedido del 12-03-2024 o del 12/03/2024',
    'order #12345 from 2024',
    'cuesta 1.299,00 € y el envío 4,99 €',
    'it costs $1,299.99',
    'código postal 28013',
    'quiero 2 unidades del modelo V8',
    '',
  ])('keeps "%s"', (input) => {
    expect(redact(input)).toBe(input);
  });

  it('redacts every occurrence', () => {
    expect(redact('a@b.es o c@d.com; 612345678 y 699 11 22 33')).toBe('[email] o [email]; [phone] y [phone]');
  });
});

describe('luhn', () => {
  it('accepts valid card numbers and refuses one digit off', () => {
    for (const n of ['4111111111111111', '5500000000000004', '378282246310005', '6011111111111117']) expect(luhn(n)).toBe(true);
    for (const n of ['4111111111111112', '5500000000000005', '378282246310006']) expect(luhn(n)).toBe(false);
  });
});
