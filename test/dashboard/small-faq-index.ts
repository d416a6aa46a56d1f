/** The search tests' small FAQ (widget/src/search/__fixtures__/small-faq.ts) built into a faq-index.json, for sites in dashboard tests. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSearchIndex } from '../../widget/src/search/build-index.ts';
import { smallFaq } from '../../widget/src/search/__fixtures__/small-faq.ts';

/** Write the index into a new temporary folder; returns its path. */
export function writeSmallFaqIndex(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'ayuda-small-faq-')), 'faq-index.json');
  writeFileSync(file, JSON.stringify(buildSearchIndex(smallFaq)));
  return file;
}
