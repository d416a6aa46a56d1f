const SVG = 'http://www.w3.org/2000/svg';

/** A "help" icon (circle with a question mark, one path of three strokes) built with DOM APIs, hidden from assistive technology. */
export function createIcon(doc: Document): SVGSVGElement {
  const svg = doc.createElementNS(SVG, 'svg');
  const path = doc.createElementNS(SVG, 'path');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  path.setAttribute('d', 'M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20M9.1 9a3 3 0 0 1 5.8 1c0 2-3 3-3 3M12 17h.01');
  svg.append(path);
  return svg;
}
