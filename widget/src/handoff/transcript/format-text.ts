/** The transcript as plain text: the email's text part and the inbox's readable copy. */
import type { Transcript } from './build-transcript.ts';

export function formatText(t: Transcript): string {
  const { labels } = t;
  const lines = [t.title, '', ...t.facts.map(([k, v]) => `${k}: ${v}`), '', `${labels.question}:`, t.question];
  if (t.details) lines.push('', `${labels.details}:`, t.details);
  lines.push('', `${labels.steps}:`);
  if (t.steps.length === 0) lines.push(labels.noSteps);
  t.steps.forEach((s, i) => lines.push(`${i + 1}. ${s.time}  ${s.text}`));
  if (t.site.length) lines.push('', `${labels.site}:`, ...t.site.map(([k, v]) => `- ${k}: ${v}`));
  return `${lines.join('\n')}\n`;
}
