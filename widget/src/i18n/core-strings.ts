import type { CoreStrings } from '../core/ui-strings.ts';
import type { UiStrings } from './types.ts';

/** The launcher's words of every UI language, "label|error|close|retry|loading" (see widget/src/core/ui-strings.ts). */
export function coreStringsOf(languages: Record<string, UiStrings>): CoreStrings {
  return Object.fromEntries(Object.entries(languages).map(([tag, s]) => [tag, [s.title, s.loadError, s.close, s.retry, s.loading].join('|')]));
}
