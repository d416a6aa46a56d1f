/**
 * Just enough MIME to read what nodemailer sends (the demo's sink, tests): unfolded
 * headers with RFC 2047 words decoded, and the text/plain and text/html
 * parts decoded from quoted-printable or base64.
 */

export interface ParsedMail {
  headers: Record<string, string>;
  text?: string;
  html?: string;
}

function decodeWords(value: string): string {
  return value.replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=\s*(?==\?)|=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (...m: string[]) => {
    const encoding = (m[2] ?? m[5])!;
    const text = (m[3] ?? m[6])!;
    const bytes = /b/i.test(encoding)
      ? Buffer.from(text, 'base64')
      : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1');
    return bytes.toString('utf8');
  });
}

function splitHead(raw: string): [Record<string, string>, string] {
  const at = raw.indexOf('\r\n\r\n');
  const head = (at < 0 ? raw : raw.slice(0, at)).replace(/\r\n[ \t]+/g, ' ');
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = decodeWords(line.slice(colon + 1).trim());
  }
  return [headers, at < 0 ? '' : raw.slice(at + 4)];
}

function decodeBody(body: string, encoding = ''): string {
  if (/base64/i.test(encoding)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/quoted-printable/i.test(encoding)) {
    const bytes = body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

export function parseMail(raw: string): ParsedMail {
  const [headers, body] = splitHead(raw);
  const out: ParsedMail = { headers };
  const visit = (h: Record<string, string>, b: string): void => {
    const type = h['content-type'] ?? 'text/plain';
    const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
    if (/^multipart\//i.test(type) && boundary) {
      for (const part of b.split(`--${boundary}`).slice(1)) {
        if (part.startsWith('--')) break;
        const [ph, pb] = splitHead(part.replace(/^\r\n/, ''));
        visit(ph, pb.replace(/\r\n$/, ''));
      }
    } else if (/^text\/html/i.test(type)) out.html = decodeBody(b, h['content-transfer-encoding']);
    else if (/^text\/plain/i.test(type)) out.text = decodeBody(b, h['content-transfer-encoding']);
  };
  visit(headers, body);
  return out;
}
