import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isWidgetFresh } from './ensure-widget-built.ts';

describe('isWidgetFresh', () => {
  it('is false when ayuda.js, panel.js, outbox.js or notices.js is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ayuda-fresh-'));
    expect(isWidgetFresh(dir)).toBe(false);
    writeFileSync(join(dir, 'ayuda.js'), '');
    expect(isWidgetFresh(dir)).toBe(false);
    writeFileSync(join(dir, 'panel.js'), '');
    expect(isWidgetFresh(dir)).toBe(false);
    writeFileSync(join(dir, 'outbox.js'), '');
    expect(isWidgetFresh(dir)).toBe(false);
  });

  it('is true when all four are newer than every widget source, false when one is older', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ayuda-fresh-'));
    const future = new Date(Date.now() + 3600_000);
    for (const f of ['ayuda.js', 'panel.js', 'outbox.js', 'notices.js']) {
      writeFileSync(join(dir, f), '');
      utimesSync(join(dir, f), future, future);
    }
    expect(isWidgetFresh(dir)).toBe(true);
    utimesSync(join(dir, 'outbox.js'), new Date(2000, 0, 1), new Date(2000, 0, 1));
    expect(isWidgetFresh(dir)).toBe(false);
  });
});
