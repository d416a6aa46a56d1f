const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

/** `length` random URL-safe characters from crypto.getRandomValues (6 bits each, unbiased). */
export function randomId(length: number): string {
  let id = '';
  for (const byte of crypto.getRandomValues(new Uint8Array(length))) id += ALPHABET[byte & 63];
  return id;
}
