import { describe, expect, it } from 'vitest';
import { createOriginMatcher, isOriginPattern } from './origins.ts';

describe('createOriginMatcher', () => {
  it('matches exact origins, case-insensitively, with default ports', () => {
    const ok = createOriginMatcher(['https://Shop.example', 'http://localhost:5173']);
    expect(ok('https://shop.example')).toBe(true);
    expect(ok('https://shop.example:443')).toBe(true);
    expect(ok('http://localhost:5173')).toBe(true);
    expect(ok('http://localhost:5174')).toBe(false);
    expect(ok('http://shop.example')).toBe(false);
    expect(ok('https://shop.example.evil.test')).toBe(false);
  });

  it('matches any port with ":*"', () => {
    const ok = createOriginMatcher(['http://localhost:*', 'http://[::1]:*']);
    expect(ok('http://localhost:3000')).toBe(true);
    expect(ok('http://localhost')).toBe(true);
    expect(ok('http://[::1]:8080')).toBe(true);
    expect(ok('https://localhost:3000')).toBe(false);
    expect(ok('http://localhost.evil.test:3000')).toBe(false);
  });

  it('refuses missing, "null" and malformed origins', () => {
    const ok = createOriginMatcher(['http://localhost:*']);
    expect(ok(undefined)).toBe(false);
    expect(ok('null')).toBe(false);
    expect(ok('http://localhost:3000/path')).toBe(false);
    expect(ok('x'.repeat(1000))).toBe(false);
  });

  it('knows what a pattern looks like', () => {
    expect(isOriginPattern('https://a.example')).toBe(true);
    expect(isOriginPattern('http://localhost:*')).toBe(true);
    expect(isOriginPattern('https://a.example/')).toBe(false);
    expect(isOriginPattern('a.example')).toBe(false);
    expect(isOriginPattern('*')).toBe(false);
  });
});
