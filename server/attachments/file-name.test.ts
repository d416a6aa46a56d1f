import { describe, expect, it } from 'vitest';
import { contentDisposition, safeFileName } from './file-name.ts';

describe('a customer’s file name', () => {
  it('keeps no folder, control, bidi or reserved character, and takes the sniffed type’s extension', () => {
    expect(safeFileName('../../etc/passwd.png', 'png')).toBe('passwd.png');
    expect(safeFileName('C:\\Users\\ana\\factura.html', 'png')).toBe('factura.png');
    expect(safeFileName('invoice\u202Egnp.exe', 'pdf')).toBe('invoice_gnp.pdf');
    expect(safeFileName('"a"<b>|c?.jpg', 'jpg')).toBe('a_b_c_.jpg');
    expect(safeFileName('line\r\nbreak.pdf', 'pdf')).toBe('line_break.pdf');
    expect(safeFileName('.htaccess', 'png')).toBe('file.png');
    expect(safeFileName('foto del paquete   roto.jpeg', 'jpg')).toBe('foto del paquete roto.jpg');
    expect(Array.from(safeFileName('ñ'.repeat(500), 'webp'))).toHaveLength(120);
  });

  it('is sent as an attachment, ASCII in filename and UTF-8 in filename*', () => {
    expect(contentDisposition('daño "x".png')).toBe(`attachment; filename="da_o _x_.png"; filename*=UTF-8''da%C3%B1o%20%22x%22.png`);
    expect(contentDisposition("it's (1).pdf")).toBe(`attachment; filename="it's (1).pdf"; filename*=UTF-8''it%27s%20%281%29.pdf`);
  });
});
