/**
 * A site's live notices as the widget receives them (NoticesReply): bodies
 * rendered from Markdown and sanitized with the FAQ answers' pipeline
 * (widget/compiler/render-answer.ts), and a small search index over them so
 * that the panel can match a customer's question to a notice with the same
 * engine as the FAQ: per notice and language, its title, its customers'
 * words and its own "about" text are phrasings; its body and the related
 * FAQ entries' questions and answers are its body text. With them, the
 * entries customers read most per page (./suggested.ts), when any.
 */
import { renderAnswer } from '../../widget/compiler/render-answer.ts';
import type { FaqEntry } from '../../widget/src/faq/types.ts';
import { buildSearchIndex } from '../../widget/src/search/build-index.ts';
import { entryBody } from '../../widget/src/search/entry-body.ts';
import type { SearchEngine } from '../../widget/src/search/engine.ts';
import type { NoticesReply, PublicNotice } from '../../widget/src/notices/types.ts';
import { noticeKey, type Notice } from './store.ts';

/** The notices as the widget shows them. */
export function publicNotice(n: Notice): PublicNotice {
  const content: PublicNotice['content'] = {};
  for (const [locale, text] of Object.entries(n.content)) content[locale] = { title: text.title, html: renderAnswer(text.body).html };
  return { id: noticeKey(n.id), severity: n.severity, starts_at: n.starts_at, ends_at: n.ends_at, paths: n.paths, contexts: n.contexts, content };
}

/** One searchable entry per notice and language (id: the notice's id). */
export function noticeEntries(notices: Notice[], faq?: SearchEngine): FaqEntry[] {
  return notices.flatMap((n) =>
    Object.entries(n.content).map(([locale, text]) => {
      const related = n.entries.map((id) => faq?.entry(id)).filter((e) => e !== undefined);
      const body = [renderAnswer(text.body).text, ...related.flatMap((e) => [e.question, entryBody(e)])].join(' \n ');
      return {
        id: noticeKey(n.id),
        question: text.title,
        answerHtml: '',
        answerText: body,
        alternates: [...n.words, ...(n.about ? [n.about] : [])],
        // Searched as body text (search/entry-body.ts), never shown.
        tags: [body],
        locale,
        related: [],
      };
    }),
  );
}

/**
 * @example
 * const reply = noticesReply(await liveNotices(db, 'demo', Date.now()), (await faqs.get('demo'))?.engine);
 */
export function noticesReply(notices: Notice[], faq?: SearchEngine, suggested: Record<string, string[]> = {}): NoticesReply {
  const learned = Object.keys(suggested).length ? { suggested } : {};
  if (!notices.length) return { notices: [], ...learned };
  const entries = noticeEntries(notices, faq);
  // The widget brings its own UI strings: the index carries none.
  const index = { ...buildSearchIndex({ entries, synonyms: {} }), ui: {} };
  return { notices: notices.map(publicNotice), index, ...learned };
}
