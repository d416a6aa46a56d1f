/**
 * The transcript as the HTML part of the email. Every string that came from
 * the customer or the page (question, details, queries, titles, traits…) is
 * escaped, and so is everything else: no value is ever inserted as markup.
 * Inline styles only (mail clients drop <style>); no scripts, no images, no
 * links built from input.
 */
import type { Transcript } from './build-transcript.ts';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside an element or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Escaped, with line breaks kept. */
function paragraph(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, '<br>');
}

const CELL = 'padding:2px 12px 2px 0;vertical-align:top';

export function formatHtml(t: Transcript): string {
  const { labels } = t;
  const facts = t.facts.map(([k, v]) => `<tr><th style="${CELL};text-align:left;font-weight:600">${escapeHtml(k)}</th><td style="${CELL}">${escapeHtml(v)}</td></tr>`).join('');
  const steps = t.steps.length
    ? `<ol>${t.steps.map((s) => `<li><span style="color:#4b5563">${escapeHtml(s.time)}</span> ${escapeHtml(s.text)}</li>`).join('')}</ol>`
    : `<p>${escapeHtml(labels.noSteps)}</p>`;
  const site = t.site.length ? `<h2 style="font-size:16px">${escapeHtml(labels.site)}</h2><ul>${t.site.map(([k, v]) => `<li>${escapeHtml(k)}: ${escapeHtml(v)}</li>`).join('')}</ul>` : '';
  const details = t.details ? `<h2 style="font-size:16px">${escapeHtml(labels.details)}</h2><p>${paragraph(t.details)}</p>` : '';
  return [
    '<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>',
    '<body style="font-family:system-ui,sans-serif;font-size:15px;line-height:1.5;color:#1f2937">',
    `<h1 style="font-size:20px">${escapeHtml(t.title)}</h1>`,
    `<table role="presentation" style="border-collapse:collapse">${facts}</table>`,
    `<h2 style="font-size:16px">${escapeHtml(labels.question)}</h2><p>${paragraph(t.question)}</p>`,
    details,
    `<h2 style="font-size:16px">${escapeHtml(labels.steps)}</h2>${steps}`,
    site,
    '</body></html>',
  ].join('\n');
}
