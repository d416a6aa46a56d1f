/** A hand-off's files travel through the outbox like the rest of it: before it, each alone, dropped alone when refused for what they are. */
import { describe, expect, it } from 'vitest';
import { attachmentItem, handoffItem, setup, useOutboxClock } from './__fixtures__/scripted-outbox.ts';
import type { OutboxItem } from './contract.ts';

useOutboxClock();
const path = (url: string) => url.replace('https://c.example', '');

/** A hand-off with its files, made as the form makes them: the files (chosen first) have older ids. */
function handoffWithFiles(n: number): { files: OutboxItem[]; handoff: OutboxItem } {
  const files = Array.from({ length: n }, (_, i) => attachmentItem('pending', `file ${i}`));
  const handoff = handoffItem('AY-7K3Q');
  return { files: files.map((f) => ({ ...f, path: f.path!.replace('pending', handoff.id) })), handoff };
}

describe('attachments in the outbox', () => {
  it('sends a hand-off’s files first, each its bytes alone to its own path, then the hand-off; an offline hand-off keeps them all', async () => {
    const { outbox, posted, map } = setup({ replies: [{ status: 0 }] });
    const { files, handoff } = handoffWithFiles(2);
    // Stored hand-off first, as submit may finish in any order: the ids decide.
    for (const item of [handoff, ...files]) await outbox.add(item);
    await outbox.flush('timer');
    expect(map.size).toBe(3);
    await outbox.flush('online');
    await outbox.flush('timer');
    expect(posted.slice(1).map((p) => path(p.url))).toEqual([files[0]!.path, files[1]!.path, '/v1/handoffs']);
    expect(await posted[2]!.body.blob!.text()).toBe('file 1');
    expect(map.size).toBe(0);
  });

  it('drops a file the collector refuses for what it is (415, 413, 409 naming a field) and sends the hand-off without it', async () => {
    const refused = setup({ replies: [{ status: 415, error: 'unsupported_type', path: 'body' }, { status: 409, error: 'too_many_attachments', path: 'handoff' }] });
    const { files, handoff } = handoffWithFiles(3);
    for (const item of [...files, handoff]) await refused.outbox.add(item);
    await refused.outbox.flush('timer');
    expect(refused.posted.map((p) => p.url.split('?')[0])).toEqual([...Array(3).fill('https://c.example/v1/handoffs/attachments'), 'https://c.example/v1/handoffs']);
    expect(refused.outbox.stats()).toMatchObject({ rejected: 2, delivered: 2 });
    expect(refused.map.size).toBe(0);
  });

  it('keeps the file and its hand-off when refused as a whole (the page’s origin), and warns', async () => {
    const origin = setup({ replies: [{ status: 403, error: 'origin_not_allowed', path: 'site' }] });
    const { files, handoff } = handoffWithFiles(1);
    for (const item of [...files, handoff]) await origin.outbox.add(item);
    await origin.outbox.flush('timer');
    expect(origin.map.size).toBe(2);
    expect(origin.deps.warn).toHaveBeenCalledWith(expect.stringContaining('HTTP 403 origin_not_allowed'));
  });

  it('posts no file while the page is being hidden (keepalive carries 64 KB), nor the hand-off waiting behind it', async () => {
    const { outbox, posted, hide } = setup();
    const { files, handoff } = handoffWithFiles(1);
    hide();
    for (const item of [...files, handoff]) await outbox.add(item);
    await outbox.flush('hidden');
    expect(posted).toHaveLength(0);
    hide(false);
    await outbox.flush('timer');
    expect(posted.map((p) => path(p.url).split('?')[0])).toEqual(['/v1/handoffs/attachments', '/v1/handoffs']);
  });
});
