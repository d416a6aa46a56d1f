import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/index.ts';
import { withDashboardTables } from '../db/dashboard-schema.ts';
import { createLinkSigner, linkSigner } from './signed-link.ts';

const NOW = 1_800_000_000_000;

describe('signed links', () => {
  const links = createLinkSigner('k'.repeat(43));
  const token = links.sign('thread', 'AY-GR4-BPA', NOW + 60_000);

  it('open what they were made for until they expire', () => {
    expect(links.verify('thread', 'AY-GR4-BPA', token, NOW)).toBe(true);
    expect(links.verify('thread', 'AY-GR4-BPA', token, NOW + 60_000)).toBe(false);
  });

  it('open nothing else: another subject, purpose, key or a tampered expiry', () => {
    expect(links.verify('thread', 'AY-GR4-BPB', token, NOW)).toBe(false);
    expect(links.verify('attachment', 'AY-GR4-BPA', token, NOW)).toBe(false);
    expect(createLinkSigner('x'.repeat(43)).verify('thread', 'AY-GR4-BPA', token, NOW)).toBe(false);
    const later = `${(NOW + 10 * 60_000).toString(36)}.${token.split('.')[1]}`;
    expect(links.verify('thread', 'AY-GR4-BPA', later, NOW)).toBe(false);
    for (const bad of ['', '.', 'zz', `${token}x`, token.replace(/.$/, '')]) expect(links.verify('thread', 'AY-GR4-BPA', bad, NOW)).toBe(false);
  });

  it('open nothing when a letter of the signature changes, even one that decodes to the same bytes', () => {
    const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let i = 0; i < 20; i++) {
      const t = links.sign('thread', `AY-GR4-${i}`, NOW + 60_000);
      // The last of 43 letters holds 4 bits of the MAC and 2 spare ones: its other 3 spellings decode alike.
      const last = B64.indexOf(t.at(-1)!);
      for (let spare = 1; spare < 4; spare++) {
        const same = `${t.slice(0, -1)}${B64[(last & ~3) | spare]}`;
        expect(Buffer.from(same.split('.')[1]!, 'base64url')).toEqual(Buffer.from(t.split('.')[1]!, 'base64url'));
        expect(links.verify('thread', `AY-GR4-${i}`, same, NOW)).toBe(false);
      }
    }
  });

  it('share one key per database, kept across restarts', async () => {
    const db = await openDatabase(':memory:');
    const k = withDashboardTables(db.kysely);
    const [a, b] = await Promise.all([linkSigner(k), linkSigner(k)]);
    expect(b.verify('attachment', '42', a.sign('attachment', '42', NOW + 1000), NOW)).toBe(true);
    await db.close();
  });
});

describe('tags (reply addresses)', () => {
  const links = createLinkSigner('k'.repeat(43));
  it('are short, lower case, and check only for their purpose and subject', () => {
    const tag = links.tag('reply', 'AY-GR4-BPA');
    expect(tag).toMatch(/^[0-9a-f]{20}$/);
    expect(links.checkTag('reply', 'AY-GR4-BPA', tag)).toBe(true);
    expect(links.checkTag('reply', 'AY-GR4-BPA', tag.toUpperCase())).toBe(true);
    expect(links.checkTag('reply', 'AY-GR4-BPB', tag)).toBe(false);
    expect(links.checkTag('thread', 'AY-GR4-BPA', tag)).toBe(false);
    expect(links.checkTag('reply', 'AY-GR4-BPA', tag.replace(/.$/, (c) => (c === '0' ? '1' : '0')))).toBe(false);
    expect(links.checkTag('reply', 'AY-GR4-BPA', 'nope')).toBe(false);
  });
});
