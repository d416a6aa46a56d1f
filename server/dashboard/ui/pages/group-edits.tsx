/**
 * A lead's corrections to the grouping: merge groups chosen in the list
 * (admins), and the wordings of a group with the words they share with it,
 * which admins can move to a new group. Refusals are shown as sent.
 */
import { useState } from 'preact/hooks';
import { api, ApiError } from '../api.ts';
import { useI18n } from '../i18n/context.tsx';
import { BASE, navigate } from '../router.ts';

export interface Phrasing {
  phrasing: string;
  text: string;
  count: number;
  /** Its words the rest of the group uses too. */
  shared: string[];
}

const reason = (err: unknown, fallback: string): string => (err instanceof ApiError ? err.message : fallback);

/** Groups ticked in the list, merged into the first ticked (listed first: the most asked). */
export function useGroupSelection(): { selected: number[]; toggle(id: number, on: boolean): void; clear(): void } {
  const [selected, setSelected] = useState<number[]>([]);
  return {
    selected,
    toggle: (id, on) => setSelected((s) => (on ? [...s.filter((x) => x !== id), id] : s.filter((x) => x !== id))),
    clear: () => setSelected([]),
  };
}

export function MergeBar({ selected, order, onMerged }: { selected: number[]; order: number[]; onMerged: () => void }) {
  const t = useI18n();
  const s = t.s.edits;
  const [message, setMessage] = useState('');
  const ids = order.filter((id) => selected.includes(id));
  const merge = async (): Promise<void> => {
    try {
      await api.post('/groups/merge', { into: ids[0], from: ids.slice(1) });
      setMessage('');
      onMerged();
    } catch (err) {
      setMessage(reason(err, s.mergeFailed));
    }
  };
  return (
    <div class="merge-bar">
      <button type="button" disabled={ids.length < 2} onClick={() => void merge()}>
        {ids.length >= 2 ? t.plural(s.mergeCount, ids.length) : s.mergeNone}
      </button>{' '}
      <span class="hint">{s.mergeHint}</span>
      {message && <p class="error" role="alert">{message}</p>}
    </div>
  );
}

export function Phrasings({ groupId, phrasings, canEdit }: { groupId: number; phrasings: Phrasing[]; canEdit: boolean }) {
  const t = useI18n();
  const s = t.s.edits;
  const [chosen, setChosen] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  const split = async (): Promise<void> => {
    try {
      const { id } = await api.post<{ id: number }>(`/groups/${groupId}/split`, { phrasings: chosen });
      setChosen([]);
      navigate(`${BASE}/groups/${id}${location.search}`);
    } catch (err) {
      setMessage(reason(err, s.moveFailed));
    }
  };
  return (
    <>
      <ul class="phrasings">
        {phrasings.map((p) => (
          <li key={p.phrasing}>
            {canEdit && (
              <input
                type="checkbox"
                aria-label={t.fill(s.move, { text: p.text })}
                checked={chosen.includes(p.phrasing)}
                onChange={(e) => setChosen((c) => ((e.currentTarget as HTMLInputElement).checked ? [...c, p.phrasing] : c.filter((x) => x !== p.phrasing)))}
              />
            )}{' '}
            <span class="text">{p.text}</span> <span class="count">×{t.number(p.count)}</span>
            {p.shared.length > 0 && <span class="shared" title={s.sharedTitle}> {p.shared.join(' · ')}</span>}
          </li>
        ))}
      </ul>
      {canEdit && (
        <p>
          <button type="button" class="secondary" disabled={!chosen.length} onClick={() => void split()}>
            {chosen.length ? t.fill(s.moveCount, { count: t.plural(t.s.group.wordingCount, chosen.length) }) : s.moveNone}
          </button>{' '}
          <span class="hint">{s.moveHint}</span>
        </p>
      )}
      {message && <p class="error" role="alert">{message}</p>}
    </>
  );
}
