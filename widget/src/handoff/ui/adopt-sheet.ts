/** Adopt the hand-off's stylesheet into the shadow root holding `node` (once per root; constructable, so a strict CSP allows it). */
import { HANDOFF_CSS } from './styles.ts';

let sheet: CSSStyleSheet | undefined;

export function adoptHandoffSheet(node: Node): void {
  const root = node.getRootNode() as ShadowRoot | Document;
  if (!('adoptedStyleSheets' in root)) return;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(HANDOFF_CSS);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
