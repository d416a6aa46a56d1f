/** A notice's title as the dashboard names it, and the languages a notice is written in. */
import type { I18n } from '../i18n/i18n.ts';
import type { NoticeView } from '../../../notices/views.ts';

export const NOTICE_LOCALES = ['es', 'en'] as const;

/** The notice's title in the dashboard's language, else in the other (named). */
export function noticeTitle(n: Pick<NoticeView, 'content'>, t: I18n): string {
  const own = n.content[t.lang as 'es' | 'en']?.title;
  if (own) return own;
  const other = NOTICE_LOCALES.find((l) => n.content[l]?.title);
  return other ? t.fill(t.s.notices.untitled, { title: n.content[other]!.title, language: t.languageName(other) }) : t.s.none;
}
