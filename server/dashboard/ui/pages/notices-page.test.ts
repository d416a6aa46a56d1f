import { describe, expect, it } from 'vitest';
import { localInput, noticeFieldOf } from './notices-page.tsx';

describe('the notice form', () => {
  it("names the refused field of the API's path", () => {
    expect(['content.es.title', 'content.en.body', 'content', 'ends_at', 'paths[1]', 'site', 'body.words[3]', 'created_by'].map(noticeFieldOf)).toEqual([
      'es_title', 'en_body', 'es_title', 'ends_at', 'paths', 'site', 'words', undefined,
    ]);
  });

  it('writes times for datetime-local inputs in the local time zone, to the minute', () => {
    const at = new Date(2026, 11, 7, 9, 5, 42).getTime();
    expect(localInput(at)).toBe('2026-12-07T09:05');
    expect(new Date(localInput(at)).getTime()).toBe(new Date(2026, 11, 7, 9, 5).getTime());
  });
});
