/**
 * Fetch JSON for a view and refetch when its key (path + query) changes, and,
 * with `live`, when the server says new questions or hand-offs arrived; the
 * last answer wins. A live refetch keeps the data on screen until the new one
 * is there (no "loading" flash), and notes when the view was first loaded
 * (`since`), so a page can mark what is new. Errors in the user's language.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from './api.ts';
import { useI18n } from './i18n/context.tsx';
import { errorText } from './i18n/errors.ts';
import { onLiveChange } from './live.ts';

export interface Data<T> {
  data?: T;
  error?: string;
  loading: boolean;
  reload(): void;
  /** When the view was first loaded (epoch ms): what happened after it is new. */
  since: number;
}

export function useData<T>(load: () => Promise<T>, key: string, live = false): Data<T> {
  const t = useI18n();
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: true });
  const [version, setVersion] = useState(0);
  const since = useRef({ key, at: Date.now() });
  if (since.current.key !== key) since.current = { key, at: Date.now() };
  const quiet = useRef(false);
  useEffect(() => (live ? onLiveChange(() => ((quiet.current = true), setVersion((v) => v + 1))) : undefined), [live]);
  useEffect(() => {
    let current = true;
    if (!quiet.current) setState((s) => ({ ...s, loading: true }));
    quiet.current = false;
    load().then(
      (data) => current && setState({ data, loading: false }),
      (err: unknown) => current && setState({ error: err ?? new Error('failed'), loading: false }),
    );
    return () => {
      current = false;
    };
  }, [key, version]);
  const { error, ...rest } = state;
  const text = error === undefined ? undefined : error instanceof ApiError ? errorText(error, t) : t.s.errors.load;
  return { ...rest, ...(text === undefined ? {} : { error: text }), since: since.current.at, reload: () => setVersion((v) => v + 1) };
}
