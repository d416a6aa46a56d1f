/**
 * An answer's HTML, set in a way pages that enforce Trusted Types accept
 * (`require-trusted-types-for 'script'`): through the widget's own policy,
 * named `ayuda` (a site allows it with `trusted-types ayuda`). The policy
 * passes the HTML as it is: it only ever receives `answerHtml` from the
 * compiled index, rendered from the FAQ's Markdown and sanitized at build
 * time (widget/compiler/render-answer.ts); nothing typed by a customer
 * reaches it, and no other code can call it (it is private to this module).
 *
 * Without the Trusted Types API (no enforcement possible) the string is set
 * as it is. When the page does not allow the policy (creating it throws),
 * answers are shown as plain text paragraphs instead (`answerText`), and one
 * console warning says why.
 */
export const POLICY_NAME = 'ayuda';

interface HtmlPolicy {
  createHTML(html: string): unknown;
}
export interface TrustedTypesApi {
  createPolicy(name: string, rules: { createHTML(html: string): string }): HtmlPolicy;
}

/** Preact's `dangerouslySetInnerHTML` value (a string or a TrustedHTML), or undefined when HTML may not be set here. */
export type AnswerMarkup = (html: string) => { __html: string } | undefined;

export function createAnswerMarkup(tt: TrustedTypesApi | undefined, warn: (message: string, error: unknown) => void): AnswerMarkup {
  let policy: HtmlPolicy | null | undefined;
  return (html) => {
    if (!tt) return { __html: html };
    if (policy === undefined) {
      try {
        policy = tt.createPolicy(POLICY_NAME, { createHTML: (s) => s });
      } catch (error) {
        policy = null;
        warn(`answers shown as plain text: the page does not allow the Trusted Types policy "${POLICY_NAME}" (trusted-types)`, error);
      }
    }
    return policy ? { __html: policy.createHTML(html) as string } : undefined;
  };
}

/** The page's: created on the first answer shown. */
export const answerMarkup = createAnswerMarkup(
  (globalThis as { trustedTypes?: TrustedTypesApi }).trustedTypes,
  (message, error) => console.warn(`[ayuda] ${message}`, error),
);

/**
 * The answer's text, one string per paragraph, list item, heading or line
 * (a link keeps its address in brackets after its words), for pages where
 * HTML may not be set. The HTML is the compiler's sanitized output.
 */
export function answerText(html: string): string[] {
  return html
    .replace(/<a [^>]*?href="(?:mailto:|tel:)?([^"#][^"]*)"[^>]*>(.*?)<\/a>/g, '$2 ($1)')
    .replace(/<(br|\/?(p|li|h\d|tr|pre|blockquote|div|dt|dd|ul|ol|table))\b[^>]*>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|nbsp|#39);/g, (_, name: string) => ENTITIES[name]!)
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f]+/g, ' ').trim())
    .filter(Boolean);
}

/** The entities sanitize-html writes in text and attributes. */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: '\u00a0', '#39': "'" };
