/**
 * Bytes of an FAQ source file → text. Strict: a file that is not valid UTF-8
 * (or UTF-16 with a byte-order mark) is reported with the line of the first
 * bad byte instead of being silently mangled into U+FFFD.
 */

export type DecodeResult =
  | { ok: true; text: string }
  | { ok: false; line: number; message: string };

/**
 * Decode a source file. A UTF-8 BOM is stripped; a UTF-16 (LE or BE) BOM is
 * honoured. The text is returned with `\r\n` turned into `\n` and
 * NFC-normalised (neither changes line numbers).
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), 'utf-16be');
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    const at = firstInvalidUtf8Byte(body);
    const { line, column } = positionOfByte(body, at);
    const hex = (body[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      line,
      message:
        `not valid UTF-8: byte 0x${hex} at column ${column} ` +
        '(the file is probably Latin-1/Windows-1252; save it as UTF-8)',
    };
  }
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    return {
      ok: false,
      line: countNewlines(text, nul) + 1,
      message: 'contains NUL bytes: probably UTF-16 without a byte-order mark; save it as UTF-8',
    };
  }
  return { ok: true, text: tidy(text) };
}

function decodeUtf16(body: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodeResult {
  try {
    return { ok: true, text: tidy(new TextDecoder(encoding, { fatal: true }).decode(body)) };
  } catch {
    return {
      ok: false,
      line: 1,
      message: `starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()}; save it as UTF-8`,
    };
  }
}

function tidy(text: string): string {
  return text.replace(/\r\n?/g, '\n').normalize('NFC');
}

function countNewlines(text: string, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/** 1-based line and column (in bytes) of byte offset `at`. */
function positionOfByte(bytes: Uint8Array, at: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: at - lineStart + 1 };
}

/** Offset of the first byte that breaks UTF-8 (RFC 3629), or bytes.length. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = b === 0xe0 ? 0xa0 : 0x80;
      if (b === 0xed) max = 0x9f; // no UTF-16 surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = b === 0xf0 ? 0x90 : 0x80;
      if (b === 0xf4) max = 0x8f;
    } else {
      return i;
    }
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      const lo = k === 1 ? min : 0x80;
      const hi = k === 1 ? max : 0xbf;
      if (c < lo || c > hi) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}
