/**
 * Add a constructable stylesheet to a shadow root (after the sheets already
 * adopted, so the panel's and the core's coexist). No <style> element and no
 * style attribute: a `style-src 'self'` CSP allows this.
 */
export function adoptStyles(root: ShadowRoot, css: string): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return sheet;
}
