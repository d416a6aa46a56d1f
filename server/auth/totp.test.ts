import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, newTotpSecret, totpCode, totpUri, verifyTotp } from './totp.ts';

// RFC 6238, appendix B: the SHA-1 secret "12345678901234567890", 8 digits there; the last 6 here.
const RFC_SECRET = base32Encode(Buffer.from('12345678901234567890'));

describe('TOTP', () => {
  it('matches the RFC 6238 test vectors', () => {
    expect(RFC_SECRET).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    expect(base32Decode(RFC_SECRET).toString()).toBe('12345678901234567890');
    const at = (seconds: number) => totpCode(RFC_SECRET, Math.floor(seconds / 30));
    expect(at(59)).toBe('287082');
    expect(at(1111111109)).toBe('081804');
    expect(at(1234567890)).toBe('005924');
    expect(at(2000000000)).toBe('279037');
  });

  it('accepts the code of now or one step either side, once', () => {
    const secret = newTotpSecret();
    const now = 1_800_000_000_000;
    const step = Math.floor(now / 30_000);
    expect(verifyTotp(secret, totpCode(secret, step), now)).toBe(step);
    expect(verifyTotp(secret, totpCode(secret, step - 1), now)).toBe(step - 1);
    expect(verifyTotp(secret, totpCode(secret, step - 3), now)).toBeUndefined();
    expect(verifyTotp(secret, totpCode(secret, step), now, step)).toBeUndefined();
    expect(verifyTotp(secret, '12345', now)).toBeUndefined();
    expect(totpUri(secret, 'lead@example.com')).toBe(`otpauth://totp/Ayuda:lead%40example.com?secret=${secret}&issuer=Ayuda&algorithm=SHA1&digits=6&period=30`);
  });
});
