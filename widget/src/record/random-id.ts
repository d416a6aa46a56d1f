/** `length` random characters [0-9a-v] from crypto.getRandomValues (5 bits each, unbiased). */
export function randomId(length: number): string {
  let id = '';
  for (const byte of crypto.getRandomValues(new Uint8Array(length))) id += (byte & 31).toString(32);
  return id;
}
