/**
 * The new text of a customer's email answer: what they wrote above the
 * message they answered. Pure. Mail clients quote the earlier message below
 * an attribution line ("On … wrote:", "El … escribió:"), a header block
 * ("From: …" / "De: …" / "-----Original Message-----"), or as "> " lines;
 * a signature follows "-- ". The text is cut at the first of those, and
 * quoted lines are dropped wherever they stand.
 */

/** A line where the quoted message (or a signature) begins. */
const CUT = [
  /^\s*(On|Am|Le|El|Em|Il)\s.{0,200}(wrote|schrieb|a écrit|escribió|escreveu|ha scritto)\s*:\s*$/i,
  /^\s*-{2,}\s*(Original Message|Mensaje original|Forwarded message|Mensaje reenviado)\s*-{2,}\s*$/i,
  /^\s*_{10,}\s*$/, // Outlook's rule above the quoted header
  /^\s*(From|De):\s.+$/,
  /^-- $/, // a signature
  /^—$/, // the footer of our own reply email, when quoted without "> "
];

/** "On Mon, 7 Dec 2026 at 10:00, Ayuda <ayuda@shop.example>" then "wrote:" on the next line. */
const SPLIT_ATTRIBUTION = /^\s*(On|El)\s.{0,200}$/i;
const ATTRIBUTION_END = /^.{0,120}(wrote|escribió)\s*:\s*$/i;

export function newText(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (CUT.some((re) => re.test(line))) break;
    if (SPLIT_ATTRIBUTION.test(line) && ATTRIBUTION_END.test(lines[i + 1] ?? '')) break;
    if (/^\s*>/.test(line)) continue;
    kept.push(line);
  }
  return kept.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
