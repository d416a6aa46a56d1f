/**
 * `bytes` filled from crypto.getRandomValues, or from Math.random on a page
 * without it (or where it throws): the ids and references made from them are
 * not secrets, only unlikely to repeat, so the widget keeps working there.
 */
export function randomBytes(bytes: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  try {
    return crypto.getRandomValues(bytes);
  } catch {
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.random() * 256;
    return bytes;
  }
}

/** `length` random characters [0-9a-v] (5 bits of a random byte each, unbiased). */
export function randomId(length: number): string {
  let id = '';
  for (const byte of randomBytes(new Uint8Array(length))) id += (byte & 31).toString(32);
  return id;
}
