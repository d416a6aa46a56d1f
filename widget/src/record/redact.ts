/**
 * Customer text with personal data replaced by placeholders, before it leaves
 * the browser: e-mail addresses → `[email]`, card numbers (13-19 digits that
 * pass the Luhn check) → `[card]`, phone numbers → `[phone]`, other long digit
 * runs (ids, accounts, IBANs) → `[number]`. Pure.
 *
 * A digit sequence may be grouped with spaces, dots, dashes and parentheses
 * ("612 34 56 78", "(555) 123-4567", "4111-1111-1111-1111"); it is
 *  - a card: 13-19 digits passing Luhn;
 *  - a phone: after "+" or "00", 8-15 digits; otherwise 9-11 digits;
 *  - a number: 12 digits or more, or a run of 6+ digits without separators.
 * Shorter groups are kept: dates ("12-03-2024"), prices, postcodes, "5 pedidos".
 *
 * @example
 * redact('Soy ana.gil@correo.es, tarjeta 4111 1111 1111 1111, móvil 612 34 56 78')
 * // 'Soy [email], tarjeta [card], móvil [phone]'
 */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const DIGITS = /(?:\(?\+|\()?\d(?:[ .()-]{0,2}\d)*/g;

export function redact(text: string): string {
  return text.replace(EMAIL, '[email]').replace(DIGITS, (m) => {
    const digits = m.replace(/\D/g, '');
    const n = digits.length;
    if (n > 12 && n < 20 && luhn(digits)) return '[card]';
    if (/^\(?(\+|00)/.test(m) ? n > 7 && n < 16 : n > 8 && n < 12) return '[phone]';
    return n > 11 ? '[number]' : m.replace(/\d{6,}/g, '[number]');
  });
}

/** The Luhn checksum of a card number holds. */
export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = digits.length; i--; ) {
    let d = +digits[i]!;
    if ((digits.length - i) % 2 === 0 && (d *= 2) > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}
