// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readScriptOptions } from './read-script-options.ts';

describe('readScriptOptions: data-keep-params', () => {
  it('passes the allowlisted query parameters on as written (the recorder splits them)', () => {
    const s = document.createElement('script');
    s.setAttribute('data-keep-params', 'step, plan');
    expect(readScriptOptions(s, 'i.json').keepParams).toBe('step, plan');
    expect(readScriptOptions(document.createElement('script'), 'i.json').keepParams).toBeUndefined();
  });
});
