import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8Byte } from './decode-text.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

describe('decodeText', () => {
  it('decodes UTF-8, strips a BOM, normalises line ends and NFC', () => {
    const bytes = concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8('a\r\nde\u0301cada\n'));
    expect(decodeText(bytes)).toEqual({ ok: true, text: 'a\ndécada\n' });
  });

  it('reports the line and column of the first byte that is not UTF-8', () => {
    // "café" in Latin-1 on line 3.
    const bytes = concat(utf8('id,question\nx,ok\ny,caf'), Uint8Array.of(0xe9), utf8('\n'));
    const result = decodeText(bytes);
    expect(result).toMatchObject({ ok: false, line: 3 });
    expect(result.ok ? '' : result.message).toContain('byte 0xE9 at column 6');
    expect(result.ok ? '' : result.message).toContain('not valid UTF-8');
  });

  it('decodes UTF-16 LE and BE with a byte-order mark', () => {
    const le = Uint8Array.of(0xff, 0xfe, 0x68, 0x00, 0xf3, 0x00, 0x0a, 0x00);
    const be = Uint8Array.of(0xfe, 0xff, 0x00, 0x68, 0x00, 0xf3);
    expect(decodeText(le)).toEqual({ ok: true, text: 'hó\n' });
    expect(decodeText(be)).toEqual({ ok: true, text: 'hó' });
  });

  it('reports UTF-16 with a BOM but broken content, and UTF-16 without a BOM', () => {
    const lone = Uint8Array.of(0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00); // unpaired surrogate
    expect(decodeText(lone)).toMatchObject({ ok: false, line: 1 });
    const noBom = Uint8Array.of(0x61, 0x00, 0x0a, 0x00, 0x62, 0x00);
    const result = decodeText(noBom);
    expect(result).toMatchObject({ ok: false, line: 1 });
    expect(result.ok ? '' : result.message).toMatch(/UTF-16 without a byte-order mark/);
  });
});

describe('firstInvalidUtf8Byte', () => {
  it('accepts valid multi-byte text and finds overlongs, surrogates and truncation', () => {
    expect(firstInvalidUtf8Byte(utf8('añ€😀'))).toBe(utf8('añ€😀').length);
    expect(firstInvalidUtf8Byte(Uint8Array.of(0x41, 0xc0, 0x80))).toBe(1); // overlong
    expect(firstInvalidUtf8Byte(Uint8Array.of(0xed, 0xa0, 0x80))).toBe(0); // surrogate
    expect(firstInvalidUtf8Byte(Uint8Array.of(0x41, 0x42, 0xe2, 0x82))).toBe(2); // truncated
  });
});
