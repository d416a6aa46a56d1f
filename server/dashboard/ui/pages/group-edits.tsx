/**
 * A lead's corrections to the grouping: merge groups chosen in the list
 * (admins), and the wordings of a group with the words they share with it,
 * which admins can move to a new group. Refusals are shown as sent.
 */
import { useState } from 'preact/hooks';
import { api, ApiError } from '../api.ts';
import { plural } from '../components/format.ts';
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
  const [message, setMessage] = useState('');
  const ids = order.filter((id) => selected.includes(id));
  const merge = async (): Promise<void> => {
    try {
      await api.post('/groups/merge', { into: ids[0], from: ids.slice(1) });
      setMessage('');
      onMerged();
    } catch (err) {
      setMessage(reason(err, 'Could not merge.'));
    }
  };
  return (
    <div class="merge-bar">
      <button type="button" disabled={ids.length < 2} onClick={() => void merge()}>
        Merge {ids.length >= 2 ? `${ids.length} groups` : 'selected groups'}
      </button>{' '}
      <span class="hint">Tick the groups that are one problem; later questions like any of them join the merged group.</span>
      {message && <p class="error" role="alert">{message}</p>}
    </div>
  );
}

export function Phrasings({ groupId, phrasings, canEdit }: { groupId: number; phrasings: Phrasing[]; canEdit: boolean }) {
  const [chosen, setChosen] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  const split = async (): Promise<void> => {
    try {
      const { id } = await api.post<{ id: number }>(`/groups/${groupId}/split`, { phrasings: chosen });
      setChosen([]);
      navigate(`${BASE}/groups/${id}${location.search}`);
    } catch (err) {
      setMessage(reason(err, 'Could not move the wordings.'));
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
                aria-label={`Move “${p.text}” to a new group`}
                checked={chosen.includes(p.phrasing)}
                onChange={(e) => setChosen((c) => ((e.currentTarget as HTMLInputElement).checked ? [...c, p.phrasing] : c.filter((x) => x !== p.phrasing)))}
              />
            )}{' '}
            <span class="text">{p.text}</span> <span class="count">×{p.count}</span>
            {p.shared.length > 0 && <span class="shared" title="Words this wording shares with the rest of the group"> {p.shared.join(' · ')}</span>}
          </li>
        ))}
      </ul>
      {canEdit && (
        <p>
          <button type="button" class="secondary" disabled={!chosen.length} onClick={() => void split()}>
            Move {chosen.length ? `${chosen.length} ${plural(chosen.length, 'wording')}` : 'wordings'} to a new group
          </button>{' '}
          <span class="hint">Their questions, and their later repeats, go to the new group.</span>
        </p>
      )}
      {message && <p class="error" role="alert">{message}</p>}
    </>
  );
}
