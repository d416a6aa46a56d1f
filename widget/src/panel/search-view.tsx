import type { ComponentChildren, RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { UiStrings } from '../i18n/index.ts';
import type { SearchEngine } from '../search/engine.ts';
import { HandoffSlot } from './handoff-slot.tsx';
import { HighlightedText } from './highlighted-text.tsx';
import { LanguageMark } from './language-mark.tsx';
import { listKind, optionIds, type Move, type PanelState } from './state.ts';

export interface SearchViewProps {
  /** Prefix of element ids, stable while the panel is mounted (Back finds the same option ids). */
  id: string;
  t: UiStrings;
  state: PanelState;
  engine: SearchEngine;
  placeholder: string;
  inputRef: RefObject<HTMLInputElement | null>;
  onInput(query: string): void;
  onMove(to: Move): void;
  onActivate(index: number): void;
  onOpen(entryId: string): void;
  /** Open the hand-off to a person (unset: the site offers none). */
  onHandoff?: () => void;
  /** Shown between the search box and the results: the notices the question is about. */
  pinned?: ComponentChildren;
}

const MOVES: Record<string, Move> = { ArrowDown: 'next', ArrowUp: 'prev', Home: 'first', End: 'last' };

/**
 * The search box, a WAI-ARIA 1.2 combobox (list autocomplete, no automatic
 * selection), and its listbox: suggestions before typing, hits after, or
 * popular entries under "nothing found". Focus stays in the input; the
 * active option is `aria-activedescendant`.
 */
export function SearchView({ id, t, state, engine, placeholder, inputRef, onInput, onMove, onActivate, onOpen, onHandoff, pinned }: SearchViewProps) {
  const ids = optionIds(state);
  const kind = listKind(state);
  const { active, query, result } = state;
  const hits = kind === 'results' || kind === 'weak' ? result!.hits.slice(0, result!.shown) : undefined;
  const optionId = (i: number) => `${id}o${i}`;
  const list = useRef<HTMLUListElement>(null);

  // Keep the active option in sight as the arrows move through a long list.
  useLayoutEffect(() => {
    list.current?.children[active]?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.isComposing) return; // keys that belong to an input method (Japanese, Chinese...)
    const move = MOVES[e.key];
    // Home and End move the caret until an option is active (APG combobox).
    if (move && (active >= 0 || e.key.startsWith('Arrow'))) onMove(move);
    else if (e.key === 'Enter') {
      // No option active: Enter opens the best hit, not a suggestion.
      const entryId = active >= 0 ? ids[active] : hits?.[0]?.id;
      if (entryId) onOpen(entryId);
    } else if (e.key === 'Escape' && query) onInput('');
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <>
      <div class="ay-search">
        <label for={`${id}i`} class="ay-label">{t.searchLabel}</label>
        <input
          ref={inputRef}
          id={`${id}i`}
          class="ay-input"
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={ids.length > 0}
          aria-controls={`${id}l`}
          aria-activedescendant={active >= 0 ? optionId(active) : undefined}
          autocomplete="off"
          spellcheck={false}
          enterkeyhint="search"
          placeholder={placeholder}
          value={query}
          onInput={(e) => onInput(e.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      {pinned}
      {kind === 'popular' && (
        <div class="ay-none">
          <p>{t.noResults.replace('{q}', query.trim())}</p>
          <p>{t.tipsTitle}</p>
          <ul>{t.tips.map((tip) => <li>{tip}</li>)}</ul>
        </div>
      )}
      {(kind === 'popular' || kind === 'weak') && <HandoffSlot label={t.handoff} onHandoff={onHandoff} />}
      {ids.length > 0 && (
        <>
          <h3 id={`${id}h`} class="ay-h">{t[kind]}</h3>
          <ul ref={list} id={`${id}l`} role="listbox" aria-labelledby={`${id}h`} class="ay-list">
            {ids.map((entryId, i) => {
              const entry = engine.entry(entryId)!;
              return (
                <li
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === active}
                  class="ay-opt"
                  lang={entry.locale}
                  onClick={() => onOpen(entryId)}
                  onPointerMove={() => i !== active && onActivate(i)}
                >
                  <HighlightedText text={entry.question} ranges={hits?.[i]?.highlights ?? []} />
                  <LanguageMark ui={engine.ui} lang={t.lang} locale={entry.locale} />
                </li>
              );
            })}
          </ul>
        </>
      )}
    </>
  );
}
