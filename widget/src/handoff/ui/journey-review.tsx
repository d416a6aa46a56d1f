/** @jsxRuntime classic */
/** @jsx h */
import { fill, type HandoffStrings } from '../i18n/index.ts';
import type { Journey } from '../journey/types.ts';
import { factLabel, type FactLabels } from './fact-label.ts';
import { itemText } from './format.ts';
import { h, useRef, useState } from './preact.ts';

export interface JourneyReviewProps {
  id: string;
  t: HandoffStrings;
  journey: Journey | undefined;
  removed: readonly string[];
  /** Fact keys ("trait:plan") removed by the customer, or not shown (the contact the form asks for). */
  removedFacts: readonly string[];
  /** The site's names of its facts (./fact-label.ts). */
  labels: FactLabels;
  onRemove(kind: 'item' | 'fact', key: string): void;
}

interface Row {
  kind: 'item' | 'fact';
  /** The journey item's kind, or "trait" / "context". */
  of: string;
  key: string;
  text: string;
}

/** Every fact of the journey, keyed as the draft removes them. */
function rows(journey: Journey | undefined, t: HandoffStrings, removed: readonly string[], removedFacts: readonly string[], labels: FactLabels): Row[] {
  if (!journey) return [];
  const items = journey.items.filter((i) => !removed.includes(i.id)).map((i) => ({ kind: 'item' as const, of: i.kind, key: i.id, text: itemText(i, t) }));
  const facts = (['trait', 'context'] as const).flatMap((of) =>
    Object.entries(of === 'trait' ? journey.traits : journey.context)
      .filter(([k]) => !removedFacts.includes(`${of}:${k}`))
      .map(([k, v]) => ({ kind: 'fact' as const, of, key: `${of}:${k}`, text: fill(t.item.fact, { k: factLabel(k, labels, t), v: String(v) }) })),
  );
  return [...items, ...facts];
}

/** "3 searches, 1 answer read and this page", in the order the kinds are listed. */
export function summaryText(list: readonly Row[], t: HandoffStrings): string {
  const s = t.summary;
  const parts: string[] = [];
  for (const of of ['search', 'read', 'feedback', 'page', 'trait', 'context'] as const) {
    const n = list.filter((r) => r.of === of).length;
    if (n) parts.push(fill(s[of][n === 1 ? 0 : 1], { n }));
  }
  if (!parts.length) return s.only;
  const last = parts.pop()!;
  return `${s.lead} ${parts.length ? `${parts.join(', ')} ${s.and} ${last}` : last}`;
}

/**
 * What is sent with the message, in one line ("We will send: 3 searches, 1
 * answer read and this page · Review"); Review opens the items, each with a
 * Remove button. Focus moves to the next item's button (or Review) when one
 * goes.
 */
export function JourneyReview({ id, t, journey, removed, removedFacts, labels, onRemove }: JourneyReviewProps) {
  const list = rows(journey, t, removed, removedFacts, labels);
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLUListElement>(null);
  const remove = (index: number) => {
    const row = list[index]!;
    onRemove(row.kind, row.key);
    // After the re-render, the row that took its place (or the one before, or Review).
    setTimeout(() => {
      const buttons = box.current?.querySelectorAll('button');
      const next = buttons?.[Math.min(index, buttons.length - 1)];
      (next ?? toggle.current)?.focus();
    }, 0);
  };
  return (
    <div class="ay-journey">
      <p id={`${id}j`}>
        {summaryText(list, t)}
        {list.length > 0 && (
          <button ref={toggle} type="button" class="ay-link" aria-expanded={open} aria-controls={`${id}jl`} aria-describedby={`${id}j`} onClick={() => setOpen(!open)}>
            {open ? t.summary.hide : t.summary.review}
          </button>
        )}
      </p>
      {open && list.length > 0 && (
        <div id={`${id}jl`}>
          <p class="ay-note">{t.journeyHint}</p>
          <ul ref={box}>
            {list.map((row, i) => (
              <li key={row.key}>
                <span>{row.text}</span>
                <button type="button" class="ay-link" aria-label={fill(t.remove, { item: row.text })} onClick={() => remove(i)}>
                  {t.removeShort}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
