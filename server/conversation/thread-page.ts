/**
 * The thread page a reply email links to (./thread-page-route.ts), as HTML.
 * Pure. In the customer's language (Spanish or English); every string from
 * the customer, an agent or the URL is escaped; no script at all, and the
 * one style block is allowed by its hash in the page's CSP
 * ({@link THREAD_PAGE_CSP}); the answer is a plain form POST whose signed
 * token is the capability (no cookie, so no cross-site request can ride on
 * one). Works from 320 px wide up.
 */
import { createHash } from 'node:crypto';
import type { RequestThread } from '../../widget/src/handoff/types.ts';

export type PageLanguage = 'es' | 'en';

const WORDS = {
  es: {
    title: 'Tu solicitud {reference}',
    status: 'Estado',
    statuses: { new: 'Recibida: aún sin respuesta', open: 'En curso', waiting: 'Respondida: esperando tu respuesta', solved: 'Resuelta' },
    question: 'Tu pregunta',
    messages: 'Mensajes',
    none: 'Aún no hay respuestas. Te escribiremos por correo.',
    agent: 'Soporte',
    you: 'Tú',
    answer: 'Tu respuesta',
    hint: 'Solo el equipo de soporte la leerá.',
    send: 'Enviar respuesta',
    sent: 'Hemos recibido tu respuesta.',
    empty: 'Escribe tu respuesta antes de enviarla.',
    invalidTitle: 'Este enlace no es válido',
    invalid: 'Comprueba que has copiado el enlace completo del correo, o escríbenos desde la ayuda de la web.',
    expiredTitle: 'Este enlace ha caducado',
    expired: 'Abre el enlace de un correo más reciente, o escríbenos desde la ayuda de la web indicando tu referencia.',
    goneTitle: 'Esta solicitud ya no existe',
    gone: 'Se borró, por ejemplo a petición tuya o por antigüedad.',
  },
  en: {
    title: 'Your request {reference}',
    status: 'Status',
    statuses: { new: 'Received: not answered yet', open: 'In progress', waiting: 'Answered: waiting for you', solved: 'Solved' },
    question: 'Your question',
    messages: 'Messages',
    none: 'No replies yet. We will write to you by email.',
    agent: 'Support',
    you: 'You',
    answer: 'Your answer',
    hint: 'Only the support team will read it.',
    send: 'Send answer',
    sent: 'We received your answer.',
    empty: 'Write your answer before sending it.',
    invalidTitle: 'This link is not valid',
    invalid: 'Check that you copied the whole link from the email, or write to us from the site’s help.',
    expiredTitle: 'This link has expired',
    expired: 'Open the link of a more recent email, or write to us from the site’s help with your reference.',
    goneTitle: 'This request no longer exists',
    gone: 'It was deleted, for instance at your request or because of its age.',
  },
} as const;

const CSS = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#f6f6f4}
main{max-width:40rem;margin:0 auto;padding:1rem}
h1{font-size:1.4rem;margin:.5rem 0 1rem}
h2{font-size:1.1rem;margin:1.5rem 0 .5rem}
.status{padding:.5rem .75rem;background:#fff;border:1px solid #c9c9c4;border-radius:6px}
ol{list-style:none;margin:0;padding:0}
li{margin:0 0 .75rem;padding:.75rem;border-radius:6px;background:#fff;border:1px solid #c9c9c4}
li.customer{background:#eef4fb;border-color:#9db7d5}
.who{margin:0 0 .25rem;font-size:.875rem;color:#4a4a4a}
.text{margin:0;white-space:pre-wrap;overflow-wrap:anywhere}
label{display:block;font-weight:600;margin:1.5rem 0 .25rem}
.hint{margin:0 0 .5rem;font-size:.875rem;color:#4a4a4a}
textarea{display:block;width:100%;min-height:8rem;padding:.5rem;font:inherit;border:1px solid #6b6b66;border-radius:6px}
button{margin-top:.75rem;padding:.6rem 1.2rem;font:inherit;font-weight:600;color:#fff;background:#1d4f91;border:0;border-radius:6px;min-height:44px}
button:focus-visible,textarea:focus-visible{outline:3px solid #f0a500;outline-offset:2px}
.ok{padding:.5rem .75rem;background:#e3f3e6;border:1px solid #3c7a48;border-radius:6px}
.error{padding:.5rem .75rem;background:#fbeaea;border:1px solid #a12b2b;border-radius:6px}
`.trim();

const hash = createHash('sha256').update(CSS).digest('base64');

/** Nothing but the one style block; no script, no framing, forms post only here. */
export const THREAD_PAGE_CSP = [`default-src 'none'`, `style-src 'sha256-${hash}'`, `form-action 'self'`, `base-uri 'none'`, `frame-ancestors 'none'`].join('; ');

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const fill = (text: string, values: Record<string, string>): string => text.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');

/** The page's language from a locale ("es-MX" → es; anything else English). */
export function pageLanguage(locale: string | undefined): PageLanguage {
  return locale?.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** The language an Accept-Language header prefers of the two (for pages with no hand-off to take it from). */
export function acceptedLanguage(header: string | undefined): PageLanguage {
  for (const part of (header ?? '').split(',')) {
    const tag = part.trim().toLowerCase();
    if (tag.startsWith('es')) return 'es';
    if (tag.startsWith('en')) return 'en';
  }
  return 'en';
}

function page(lang: PageLanguage, title: string, body: string): string {
  return (
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="no-referrer"><meta name="robots" content="noindex">` +
    `<title>${escapeHtml(title)}</title><style>${CSS}</style></head><body><main>${body}</main></body></html>`
  );
}

/** Dates in the customer's time zone, named; UTC when theirs is unknown (it came from their browser). */
function dateFormat(lang: PageLanguage, timeZone: string): Intl.DateTimeFormat {
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' };
  const locale = lang === 'es' ? 'es-ES' : 'en-GB';
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone });
  } catch {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  }
}

export interface ThreadPageInput {
  lang: PageLanguage;
  thread: RequestThread;
  question: string;
  /** The link's token, posted back with the answer. */
  token: string;
  /** A fresh id for this page's answer: a form sent twice is stored once. */
  clientId: string;
  /** The answer just sent, or refused for being empty. */
  notice?: 'sent' | 'empty';
  /** The customer's time zone (their browser's, from the hand-off); default UTC. Dates name it. */
  timeZone?: string;
}

export function threadPage({ lang, thread, question, token, clientId, notice, timeZone = 'UTC' }: ThreadPageInput): string {
  const w = WORDS[lang];
  const when = dateFormat(lang, timeZone);
  const title = fill(w.title, { reference: thread.reference });
  const items = thread.messages
    .map((m) => {
      const who = m.from === 'agent' ? w.agent : w.you;
      return `<li class="${m.from}"><p class="who">${escapeHtml(who)} · <time datetime="${new Date(m.at).toISOString()}">${escapeHtml(when.format(m.at))}</time></p><p class="text">${escapeHtml(m.text)}</p></li>`;
    })
    .join('');
  // Relative to /thread/<reference>: right behind a path prefix too.
  const action = encodeURIComponent(thread.reference);
  const body =
    `<h1>${escapeHtml(title)}</h1>` +
    (notice === 'sent' ? `<p class="ok" role="status">${escapeHtml(w.sent)}</p>` : notice === 'empty' ? `<p class="error" role="alert">${escapeHtml(w.empty)}</p>` : '') +
    `<p class="status">${escapeHtml(w.status)}: <strong>${escapeHtml(w.statuses[thread.status])}</strong></p>` +
    `<h2>${escapeHtml(w.question)}</h2><p class="text">${escapeHtml(question)}</p>` +
    `<h2 id="messages">${escapeHtml(w.messages)}</h2>` +
    (items ? `<ol aria-labelledby="messages">${items}</ol>` : `<p>${escapeHtml(w.none)}</p>`) +
    `<form method="post" action="${escapeHtml(action)}">` +
    `<input type="hidden" name="k" value="${escapeHtml(token)}"><input type="hidden" name="clientId" value="${escapeHtml(clientId)}">` +
    `<label for="answer">${escapeHtml(w.answer)}</label><p class="hint" id="answer-hint">${escapeHtml(w.hint)}</p>` +
    `<textarea id="answer" name="text" required maxlength="5000" rows="6" aria-describedby="answer-hint"></textarea>` +
    `<button type="submit">${escapeHtml(w.send)}</button></form>`;
  return page(lang, title, body);
}

/** A link that opens nothing: no data of any request on it. */
export function refusalPage(lang: PageLanguage, why: 'invalid' | 'expired' | 'gone'): string {
  const w = WORDS[lang];
  const [title, text] = why === 'invalid' ? [w.invalidTitle, w.invalid] : why === 'expired' ? [w.expiredTitle, w.expired] : [w.goneTitle, w.gone];
  return page(lang, title, `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p>`);
}
