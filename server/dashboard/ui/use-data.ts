/** Fetch JSON for a view and refetch when its key (path + query) changes; the last answer wins. Errors in the user's language. */
import { useEffect, useState } from 'preact/hooks';
import { ApiError } from './api.ts';
import { useI18n } from './i18n/context.tsx';
import { errorText } from './i18n/errors.ts';

export interface Data<T> {
  data?: T;
  error?: string;
  loading: boolean;
  reload(): void;
}

export function useData<T>(load: () => Promise<T>, key: string): Data<T> {
  const t = useI18n();
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: true });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let current = true;
    setState((s) => ({ ...s, loading: true }));
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
  return { ...rest, ...(text === undefined ? {} : { error: text }), reload: () => setVersion((v) => v + 1) };
}
