/**
 * Files of older builds in an output folder. Building again into the same
 * folder keeps the new build's files and those of the build just before it
 * (a page that loaded the previous ayuda.js, still cached by a browser or a
 * CDN, fetches its panel, index and chunks), and removes the other files
 * Ayuda writes there: hashed `panel.*.js`, `outbox.*.js`, `notices.*.js`, `faq-index.*.json`,
 * `faq-answers.*.json` and `chunks/*.js` that neither build names. Nothing
 * else in the folder is touched.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';

/** The hashed names write-widget.ts gives: panel.<hash8>.js, outbox.<hash8>.js, notices.<hash8>.js, faq-index.<locale>.<hash8>.json, faq-answers.<locale>.<hash8>.json. */
const HASHED_NAME = String.raw`(?:panel|outbox|notices)\.[0-9a-f]{8}\.js|faq-(?:index|answers)\.(?:[a-z]{2,3}(?:-[a-z0-9]+)*\.)?[0-9a-f]{8}\.json`;
const HASHED = new RegExp(`^(?:${HASHED_NAME})$`);
const HASHED_IN_TEXT = new RegExp(HASHED_NAME, 'g');

function chunkNames(outDir: string): string[] {
  const dir = join(outDir, 'chunks');
  return existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.js')) : [];
}

/**
 * The files the build whose `ayuda.js` is in `outDir` uses: the hashed files
 * its manifest names, the chunks they import, directly or not, and the
 * answer chunks its index's parts name. Empty when there is no ayuda.js yet.
 */
export function filesOfBuildIn(outDir: string): Set<string> {
  const launcher = join(outDir, 'ayuda.js');
  const used = new Set<string>();
  if (!existsSync(launcher)) return used;
  const chunks = chunkNames(outDir);
  const pending = [...new Set(readFileSync(launcher, 'utf8').match(HASHED_IN_TEXT) ?? [])];
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (used.has(name) || !existsSync(join(outDir, name))) continue;
    used.add(name);
    if (name.startsWith('faq-answers.')) continue;
    const text = readFileSync(join(outDir, name), 'utf8');
    if (name.endsWith('.json')) pending.push(...(text.match(HASHED_IN_TEXT) ?? []));
    else for (const chunk of chunks) if (text.includes(chunk)) pending.push(`chunks/${chunk}`);
  }
  return used;
}

/** Remove Ayuda's files in `outDir` that `keep` does not name ("chunks/x.js" for a chunk); returns what was removed. */
export async function removeOlderBuilds(outDir: string, keep: Set<string>): Promise<string[]> {
  const candidates = [
    ...(existsSync(outDir) ? readdirSync(outDir).filter((n) => HASHED.test(n)) : []),
    ...chunkNames(outDir).map((n) => `chunks/${n}`),
  ];
  const removed = candidates.filter((name) => !keep.has(name)).sort();
  // With their compressed forms (write-widget.ts writeCompressed).
  for (const name of removed) for (const suffix of ['', '.br', '.gz']) await rm(join(outDir, name + suffix), { force: true });
  return removed;
}
