/**
 * The hand-off view's stylesheet, adopted next to the panel's (whose
 * classes it reuses: .ay-btn, .ay-primary, .ay-input, .ay-text, .ay-back,
 * .ay-q, .ay-icon, .ay-note-free greys). Same rules: em sizes, logical
 * properties, AA contrast, visible focus, forced-colours friendly.
 */
export const HANDOFF_CSS = `
.ay-ho{display:grid;gap:.75em;padding-block-end:.5em}
.ay-ho :where(h3,h4,p,ul,fieldset){margin:0}
.ay-ho h4{font-size:1em;font-weight:650}
.ay-ho-form{display:grid;gap:1em}
.ay-field{display:grid;gap:.375em}
.ay-field label,.ay-chans legend{font-weight:600}
.ay-note{color:#4b5563;font-size:.9375em;font-weight:400}
.ay-open{color:#166534}
.ay-err{color:#b91c1c;font-weight:600}
.ay-err::before{content:"⚠ ";speak:never}
.ay-field [aria-invalid=true]{border-color:#b91c1c;border-width:2px}
.ay-chans{border:0;padding:0;display:grid;gap:.5em}
.ay-chans legend{padding:0;margin-block-end:.5em}
.ay-chan{display:grid;grid-template-columns:auto 1fr;column-gap:.625em;align-items:center;padding:.625em .75em;border:1px solid #e5e7eb;border-radius:.75em}
.ay-chan input{width:1.25em;height:1.25em;margin:0;accent-color:var(--ay-accent)}
.ay-chan label{font-weight:600;cursor:pointer}
.ay-chan .ay-note{grid-column:2}
.ay-chan:has(input:checked){border-color:var(--ay-accent);outline:2px solid var(--ay-accent);outline-offset:-2px}
.ay-fallback{padding:.625em .75em;border-radius:.625em;background:#fef9c3;color:#713f12}
.ay-journey{display:grid;gap:.375em;padding:.75em;border:1px solid #e5e7eb;border-radius:.75em}
.ay-journey ul{list-style:none;padding:0;display:grid;gap:.25em}
.ay-journey li{display:flex;gap:.5em;align-items:baseline;justify-content:space-between;overflow-wrap:anywhere}
.ay-link{border:0;background:none;padding:.25em;min-height:2.75em;color:var(--ay-accent);text-decoration:underline;font-weight:600;cursor:pointer;flex:none}
.ay-done{display:grid;gap:.75em}
.ay-ref{display:grid;gap:.25em;padding:1em;border:2px dashed #6b7280;border-radius:.75em;text-align:center}
.ay-ref strong{font-size:1.75em;letter-spacing:.08em;font-variant-numeric:tabular-nums;font-family:ui-monospace,Menlo,Consolas,monospace}
.ay-earlier{display:grid;gap:.375em;margin-block-start:.5em}
.ay-earlier ul{padding-inline-start:1.25em;display:grid;gap:.375em}
.ay-msg{list-style:none;padding:.5em;background:#f3f4f6;white-space:pre-wrap}
.ay-intro{color:#374151}
@media (forced-colors:active){.ay-chan:has(input:checked){outline-color:Highlight}.ay-fallback{border:1px solid}}
`;
