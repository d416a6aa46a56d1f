import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesOfBuildIn, removeOlderBuilds } from './older-builds.ts';

/** A folder after a few builds, with the previous build's ayuda.js in place and files of the site owner's own. */
async function usedFolder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ayuda-older-'));
  await mkdir(join(dir, 'chunks'));
  const files: Record<string, string> = {
    'ayuda.js': '(function(){var m=readManifest("{\\"panel\\":\\"panel.aaaaaaaa.js\\",\\"index\\":\\"faq-index.bbbbbbbb.json\\"}")})();',
    'panel.aaaaaaaa.js': 'export function mountPanel(){return import("./chunks/handoff-X1_y2Z3.js")}',
    'chunks/handoff-X1_y2Z3.js': 'import "./journal-Jq-9.js";',
    'chunks/journal-Jq-9.js': 'export const j = 1;',
    'faq-index.bbbbbbbb.json': '{"entries":[{"id":"a","answers":"faq-answers.es.11111111.json"}]}',
    'faq-answers.es.11111111.json': '{"a":"<p>A</p>"}',
    // Two builds ago.
    'faq-answers.es.22222222.json': '{"a":"<p>Old</p>"}',
    'panel.cccccccc.js': 'import("./chunks/floating-Fl0.js")',
    'chunks/floating-Fl0.js': '',
    'faq-index.dddddddd.json': '{}',
    'outbox.eeeeeeee.js': '',
    // Not Ayuda's hashed files.
    'faq-index.json': '{}',
    'robots.txt': '',
    'panel.old.js': '',
  };
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

describe('older builds', () => {
  it("finds the files the folder's ayuda.js uses: its manifest's, the chunks they import, directly or not, and the answer chunks its index names", async () => {
    const dir = await usedFolder();
    expect([...filesOfBuildIn(dir)].sort()).toEqual(['chunks/handoff-X1_y2Z3.js', 'chunks/journal-Jq-9.js', 'faq-answers.es.11111111.json', 'faq-index.bbbbbbbb.json', 'panel.aaaaaaaa.js']);
    expect(filesOfBuildIn(join(dir, 'nothing-here')).size).toBe(0);
  });

  it("removes Ayuda's hashed files that neither the new build nor the previous one names, and nothing else", async () => {
    const dir = await usedFolder();
    await writeFile(join(dir, 'panel.ffffffff.js'), 'the new build');
    const keep = new Set([...filesOfBuildIn(dir), 'panel.ffffffff.js', 'ayuda.js']);
    expect(await removeOlderBuilds(dir, keep)).toEqual(['chunks/floating-Fl0.js', 'faq-answers.es.22222222.json', 'faq-index.dddddddd.json', 'outbox.eeeeeeee.js', 'panel.cccccccc.js']);
    expect((await readdir(dir)).sort()).toEqual(['ayuda.js', 'chunks', 'faq-answers.es.11111111.json', 'faq-index.bbbbbbbb.json', 'faq-index.json', 'panel.aaaaaaaa.js', 'panel.ffffffff.js', 'panel.old.js', 'robots.txt']);
    expect((await readdir(join(dir, 'chunks'))).sort()).toEqual(['handoff-X1_y2Z3.js', 'journal-Jq-9.js']);
    expect(await removeOlderBuilds(join(dir, 'nothing-here'), keep)).toEqual([]);
    expect(existsSync(join(dir, 'nothing-here'))).toBe(false);
  });
});
