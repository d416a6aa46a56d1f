import { describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '../../widget/src/handoff/attachments.ts';
import { gif, gifHtmlPolyglot, html, jpeg, pdf, png, svgWithScript, webp } from '../../test/attachments/fixtures.ts';
import { sniffAttachment } from './sniff.ts';

describe('attachments are typed by their bytes', () => {
  it('accepts PNG, JPEG, GIF, WebP and PDF, with the type the bytes say', async () => {
    expect(await sniffAttachment(png())).toEqual({ ok: true, type: 'image/png', ext: 'png' });
    expect(await sniffAttachment(jpeg())).toEqual({ ok: true, type: 'image/jpeg', ext: 'jpg' });
    expect(await sniffAttachment(gif())).toEqual({ ok: true, type: 'image/gif', ext: 'gif' });
    expect(await sniffAttachment(webp())).toEqual({ ok: true, type: 'image/webp', ext: 'webp' });
    expect(await sniffAttachment(pdf())).toEqual({ ok: true, type: 'application/pdf', ext: 'pdf' });
  });

  it('accepts a file of exactly 5 MB and refuses one byte more', async () => {
    expect(await sniffAttachment(png(4, 4, MAX_ATTACHMENT_BYTES))).toMatchObject({ ok: true, type: 'image/png' });
    expect(png(4, 4, MAX_ATTACHMENT_BYTES)).toHaveLength(MAX_ATTACHMENT_BYTES);
    expect(await sniffAttachment(png(4, 4, MAX_ATTACHMENT_BYTES + 1))).toMatchObject({ ok: false, status: 413, error: 'too_large' });
  });

  it('refuses HTML, an SVG with a script, other types and an empty file, naming the reason', async () => {
    expect(await sniffAttachment(html())).toMatchObject({ ok: false, status: 415, error: 'unsupported_type', message: expect.stringContaining('no known file type') });
    expect(await sniffAttachment(svgWithScript())).toMatchObject({ ok: false, status: 415, error: 'unsupported_type' });
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(60)]);
    expect(await sniffAttachment(zip)).toMatchObject({ ok: false, error: 'unsupported_type' });
    expect(await sniffAttachment(Buffer.alloc(0))).toMatchObject({ ok: false, status: 400, error: 'empty' });
  });

  it('refuses a GIF that also holds HTML in its first KB (a polyglot), and an image led by a script tag further in its first KB', async () => {
    expect(await sniffAttachment(gifHtmlPolyglot())).toMatchObject({ ok: false, status: 415, error: 'unsafe_content', message: expect.stringContaining('image/gif') });
    const png500 = Buffer.concat([png().subarray(0, 33), Buffer.from('<HTML><BODY onload=x>', 'latin1'), png().subarray(33)]);
    expect(await sniffAttachment(png500)).toMatchObject({ ok: false, error: 'unsafe_content' });
    // A PDF's own "<<" dictionaries are no HTML.
    expect((await sniffAttachment(pdf())).ok).toBe(true);
  });
});
