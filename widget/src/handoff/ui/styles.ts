/**
 * The hand-off view's stylesheet, adopted next to the panel's (whose
 * classes it reuses: .ay-btn, .ay-primary, .ay-input, .ay-text, .ay-back,
 * .ay-q, .ay-icon, .ay-note-free greys). Same rules: em sizes, logical
 * properties, AA contrast, visible focus, forced-colours friendly.
 */
export const HANDOFF_CSS = `
.ay-ho{display:grid;gap:.375em;padding-block-end:.25em}
.ay-ho :where(h3,h4,p,ul,fieldset){margin:0}
.ay-ho h4{font-size:1em;font-weight:650}
.ay-ho-form{display:grid;gap:.5em}
.ay-field{display:grid;gap:.25em}
.ay-field label,.ay-chans legend{font-weight:600}
.ay-note{color:#4b5563;font-size:.9375em;font-weight:400}
.ay-open{color:#166534}
.ay-err{color:#b91c1c;font-weight:600}
.ay-err::before{content:"⚠ ";speak:never}
.ay-field [aria-invalid=true]{border-color:#b91c1c;border-width:2px}
.ay-chans{border:0;padding:0;display:grid;gap:.375em}
.ay-chans legend{padding:0;margin-block-end:.375em}
.ay-pills{display:flex;flex-wrap:wrap;gap:.375em}
.ay-chan{display:inline-flex;align-items:center;gap:.375em;min-height:2.5em;padding:0 .5em;font-size:.9375em;border:1px solid #9ca3af;border-radius:1.5em;font-weight:600;cursor:pointer}
.ay-chan input{width:1.125em;height:1.125em;margin:0;accent-color:var(--ay-accent)}
.ay-chan:has(input:checked){border-color:var(--ay-accent);outline:2px solid var(--ay-accent);outline-offset:-2px}
.ay-ho-head{display:flex;flex-wrap:wrap;align-items:center;column-gap:.5em}
.ay-ho-head .ay-q{margin:0;font-size:1.125em}
.ay-ho-head .ay-back{margin-block-start:0}
.ay-ho .ay-text{min-height:3.5em}
.ay-chans>.ay-note,.ay-field .ay-note{font-size:.875em}
.ay-contact{display:grid;grid-template-columns:repeat(auto-fit,minmax(10em,1fr));gap:.75em}
.ay-row{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.5em}
.ay-attach{white-space:nowrap;padding-inline:.75em}
.ay-files>.ay-note{font-size:.875em}
.ay-files li .ay-link{min-height:1.75em;padding-block:0}
.ay-qwrap{position:relative}
.ay-more{position:absolute;inset-block-start:0;inset-inline-end:0;min-height:1.5em;padding:0;font-size:.875em}
.ay-journey>p{font-size:.875em}
.ay-ho-form>.ay-primary,.ay-row{position:sticky;inset-block-end:0}
.ay-row{background:#fff;padding-block:.25em}
.ay-fallback{padding:.625em .75em;border-radius:.625em;background:#fef9c3;color:#713f12}
.ay-journey{display:grid;gap:.375em}
.ay-files{display:contents}
.ay-journey>p>.ay-link{min-height:1.5em;padding:.125em .375em}
:is(.ay-journey,.ay-files) ul{list-style:none;padding:0;display:grid;gap:.25em}
:is(.ay-journey,.ay-files) li{display:flex;gap:.5em;align-items:baseline;justify-content:space-between;overflow-wrap:anywhere}
.ay-files li>span:first-child{flex:1}
.ay-attach{display:inline-flex;align-items:center;gap:.5em}
.ay-attach svg{width:1.25em;height:1.25em;fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round}
.ay-ref .ay-btn{justify-self:center}
.ay-link{border:0;background:none;padding:.25em;min-height:2.75em;color:var(--ay-accent);text-decoration:underline;font-weight:600;cursor:pointer;flex:none}
.ay-done{display:grid;gap:.75em}
.ay-ref{display:grid;gap:.25em;padding:1em;border:2px dashed #6b7280;border-radius:.75em;text-align:center}
.ay-ref strong{font-size:1.75em;letter-spacing:.08em;font-variant-numeric:tabular-nums;font-family:ui-monospace,Menlo,Consolas,monospace}
.ay-earlier{display:grid;gap:.375em;margin-block-start:.5em}
.ay-earlier ul{padding-inline-start:1.25em;display:grid;gap:.375em}
.ay-msg{list-style:none;padding:.5em;background:#f3f4f6;white-space:pre-wrap}
@media (forced-colors:active){.ay-chan:has(input:checked){outline-color:Highlight}.ay-fallback{border:1px solid}}
`;
