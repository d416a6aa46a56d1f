/** @jsxRuntime classic */
/** @jsx h */
import { fill, type HandoffStrings } from '../i18n/index.ts';
import type { Journey } from '../journey/types.ts';
import { itemText } from './format.ts';
import { h, useRef } from './preact.ts';

export interface JourneyReviewProps {
  id: string;
  t: HandoffStrings;
  journey: Journey | undefined;
  removed: readonly string[];
  removedFacts: readonly string[];
  onRemove(kind: 'item' | 'fact', key: string): void;
}

/** Every fact of the journey, keyed as the draft removes them. */
function rows(journey: Journey | undefined, t: HandoffStrings, removed: readonly string[], removedFacts: readonly string[]) {
  if (!journey) return [];
  const items = journey.items.filter((i) => !removed.includes(i.id)).map((i) => ({ kind: 'item' as const, key: i.id, text: itemText(i, t) }));
  const facts = [
    ...Object.entries(journey.traits).map(([k, v]) => ({ key: `trait:${k}`, k, v })),
    ...Object.entries(journey.context).map(([k, v]) => ({ key: `context:${k}`, k, v })),
  ]
    .filter((f) => !removedFacts.includes(f.key))
    .map((f) => ({ kind: 'fact' as const, key: f.key, text: fill(t.item.fact, { k: f.k, v: String(f.v) }) }));
  return [...items, ...facts];
}

/**
 * What is sent with the message, item by item, each with a Remove button.
 * Focus moves to the next item's button (or the heading) when one goes.
 */
export function JourneyReview({ id, t, journey, removed, removedFacts, onRemove }: JourneyReviewProps) {
  const list = rows(journey, t, removed, removedFacts);
  const heading = useRef<HTMLHeadingElement>(null);
  const box = useRef<HTMLUListElement>(null);
  const remove = (index: number) => {
    const row = list[index]!;
    onRemove(row.kind, row.key);
    // After the re-render, the row that took its place (or the one before, or the heading).
    setTimeout(() => {
      const buttons = box.current?.querySelectorAll('button');
      const next = buttons?.[Math.min(index, buttons.length - 1)];
      (next ?? heading.current)?.focus();
    }, 0);
  };
  return (
    <section class="ay-journey" aria-labelledby={`${id}j`}>
      <h4 id={`${id}j`} ref={heading} tabIndex={-1}>
        {t.journeyTitle}
      </h4>
      <p class="ay-note">{list.length ? t.journeyHint : t.journeyEmpty}</p>
      {list.length > 0 && (
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
      )}
    </section>
  );
}
