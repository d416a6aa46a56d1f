/**
 * How build errors are printed: `file:line: field: message`. The field is
 * left out when empty, the line when it is 0 (the file as a whole could not be read).
 */
import type { FaqError } from '../src/faq/types.ts';

export function formatError(error: FaqError): string {
  const where = error.line > 0 ? `${error.file}:${error.line}` : error.file;
  return error.field ? `${where}: ${error.field}: ${error.message}` : `${where}: ${error.message}`;
}

/** "3 errors in 2 files" */
export function formatErrorCount(errors: FaqError[]): string {
  const files = new Set(errors.map((e) => e.file)).size;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors.length, 'error')} in ${plural(files, 'file')}`;
}
