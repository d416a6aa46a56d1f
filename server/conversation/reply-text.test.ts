import { describe, expect, it } from 'vitest';
import { newText } from './reply-text.ts';

describe('the new text of an email answer', () => {
  it('cuts at the attribution of Gmail, Apple Mail and Outlook, in English and Spanish, and drops quoted lines', () => {
    expect(newText('Gracias, llega el jueves.\r\n\r\nEl lun, 7 dic 2026 a las 10:00, Ayuda (<ayuda@tienda.example>) escribió:\r\n> Hola Ana\r\n> tu pedido sale hoy')).toBe('Gracias, llega el jueves.');
    expect(newText('Thanks!\n\nOn Mon, 7 Dec 2026 at 10:00, Ayuda <ayuda@shop.example>\nwrote:\n> Hello')).toBe('Thanks!');
    expect(newText('Vale.\n\n-----Mensaje original-----\nDe: Ayuda\nEnviado: lunes')).toBe('Vale.');
    expect(newText('OK\n________________________________\nFrom: Ayuda <ayuda@shop.example>\nSent: Monday')).toBe('OK');
    expect(newText('First line\n> quoted in between\nSecond line\n\n-- \nAna López\n+34 600 000 000')).toBe('First line\nSecond line');
  });

  it('keeps a text with nothing quoted as it is, and returns nothing when all was quoted', () => {
    expect(newText('  Line one\n\n\n\nLine two  ')).toBe('Line one\n\nLine two');
    expect(newText('> only\n> quoted')).toBe('');
    expect(newText('\n\nOn Tue, 8 Dec 2026, Ayuda wrote:\n> x')).toBe('');
  });
});
