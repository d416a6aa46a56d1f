import { describe, expect, it } from 'vitest';
import { formatError, formatErrorCount } from './format-error.ts';

describe('formatError', () => {
  it('prints file:line: field: message, leaving out an empty field or a 0 line', () => {
    expect(formatError({ file: 'faq/a.md', line: 12, field: 'answer', message: 'missing answer' })).toBe(
      'faq/a.md:12: answer: missing answer',
    );
    expect(formatError({ file: 'a.json', line: 3, field: '', message: 'invalid JSON' })).toBe('a.json:3: invalid JSON');
    expect(formatError({ file: 'x.md', line: 0, field: '', message: 'cannot read' })).toBe('x.md: cannot read');
  });

  it('counts errors and files', () => {
    const e = (file: string) => ({ file, line: 1, field: '', message: 'm' });
    expect(formatErrorCount([e('a'), e('a'), e('b')])).toBe('3 errors in 2 files');
    expect(formatErrorCount([e('a')])).toBe('1 error in 1 file');
  });
});
