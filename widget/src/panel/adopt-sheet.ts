/**
 * Adopt the panel's stylesheet into the shadow root holding `container`
 * (a constructable sheet: no <style> element and no style attribute, so a
 * strict `style-src` CSP allows it). One sheet per page, shared by every
 * mounted panel; returns the function that removes it again.
 */
import { PANEL_CSS } from './styles.ts';

let sheet: CSSStyleSheet | undefined;

export function adoptSheet(container: HTMLElement): () => void {
  const root = container.getRootNode() as ShadowRoot | Document;
  if (!('adoptedStyleSheets' in root)) return () => {};
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(PANEL_CSS);
  }
  const mine = sheet;
  if (!root.adoptedStyleSheets.includes(mine)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, mine];
  return () => {
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== mine);
  };
}
