/**
 * The FAQ compiler: FAQ sources (one Markdown file, a folder of Markdown
 * files, JSON, CSV) → a CompiledFaq, with every error from every file.
 */
import type { CompiledFaq, FaqError } from '../src/faq/types.ts';
import { compileEntries } from './compile-entries.ts';
import { invalidLocaleMessage, normalizeLocale } from './locale-tag.ts';
import { faqError } from './raw-entry.ts';
import { readSources } from './read-sources.ts';

export interface CompileOptions {
  /** Locale for entries whose entry and file set none (before guessing). */
  locale?: string;
  /** Directory the paths are relative to (default: process.cwd()). Messages show paths as given. */
  cwd?: string;
}

export interface CompileResult {
  faq: CompiledFaq;
  errors: FaqError[];
}

export async function compileFaq(paths: string[], opts: CompileOptions = {}): Promise<CompileResult> {
  const flagErrors: FaqError[] = [];
  let locale: string | undefined;
  if (opts.locale !== undefined) {
    locale = normalizeLocale(opts.locale);
    if (!locale) flagErrors.push(faqError('--locale', 0, '', invalidLocaleMessage(opts.locale)));
  }
  if (paths.length === 0) flagErrors.push(faqError('ayuda build', 0, '', 'no FAQ file given'));
  const sources = await readSources(paths, opts.cwd);
  const { faq, errors } = compileEntries(sources, { locale });
  return { faq, errors: [...flagErrors, ...errors] };
}

export { formatError, formatErrorCount } from './format-error.ts';
export { writeFaqIndex, type WrittenIndex } from './write-faq-index.ts';
export { writeWidget, type WrittenFile } from './write-widget.ts';
