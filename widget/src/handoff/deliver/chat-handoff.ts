/** What a live chat receives, from the transcript. Pure. */
import { fill } from '../i18n/index.ts';
import type { Transcript } from '../transcript/build-transcript.ts';
import type { HandoffRecord } from '../types.ts';
import type { ChatHandoff } from '../vendors/types.ts';

export function chatHandoff(record: HandoffRecord, t: Transcript, zendeskFieldId?: string): ChatHandoff {
  const { labels } = t;
  const message = [fill(labels.whatsappHello, { q: record.question }), record.details, fill(labels.whatsappReference, { r: record.reference })].filter(Boolean).join('\n');
  return {
    reference: record.reference,
    question: record.question,
    message,
    transcript: t.steps.map((s) => `${s.time} ${s.text}`).join('\n'),
    ...(record.contact.email ? { email: record.contact.email } : {}),
    ...(record.contact.name ? { name: record.contact.name } : {}),
    ...(zendeskFieldId ? { zendeskFieldId } : {}),
  };
}
