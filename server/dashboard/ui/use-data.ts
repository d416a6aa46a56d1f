/** Fetch JSON for a view and refetch when its key (path + query) changes; the last answer wins. */
import { useEffect, useState } from 'preact/hooks';
import { ApiError } from './api.ts';

export interface Data<T> {
  data?: T;
  error?: string;
  loading: boolean;
  reload(): void;
}

export function useData<T>(load: () => Promise<T>, key: string): Data<T> {
  const [state, setState] = useState<{ data?: T; error?: string; loading: boolean }>({ loading: true });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (data) => current && setState({ data, loading: false }),
      (err: unknown) => current && setState({ error: err instanceof ApiError ? err.message : 'Could not load this view.', loading: false }),
    );
    return () => {
      current = false;
    };
  }, [key, version]);
  return { ...state, reload: () => setVersion((v) => v + 1) };
}
