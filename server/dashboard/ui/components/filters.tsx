/**
 * The filter bar: site, date range, language, reason, status, sort. Every
 * change rewrites the URL's query string (so reload, share and export see
 * the same view); the page reads its data from there.
 */
import { useI18n } from '../i18n/context.tsx';
import { navigate } from '../router.ts';
import { GROUP_SORTS, type FilterField, type Meta } from '../../shared/views.ts';

export interface FilterBarProps {
  meta: Meta;
  query: URLSearchParams;
  /** The dates the server applied (defaults when the URL has none). */
  applied?: { from: string; to: string };
  fields: FilterField[];
  /** The page's path, e.g. "/dashboard/". */
  path: string;
}

export function FilterBar({ meta, query, applied, fields, path }: FilterBarProps) {
  const t = useI18n();
  const s = t.s.filters;
  const set = (name: string, value: string): void => {
    const next = new URLSearchParams(query);
    if (value) next.set(name, value);
    else next.delete(name);
    next.delete('offset');
    navigate(`${path}?${next.toString()}`);
  };
  const select = (name: FilterField, label: string, options: [string, string][]) => (
    <label class="field">
      <span>{label}</span>
      <select name={name} value={query.get(name) ?? (name === 'sort' ? GROUP_SORTS[0] : '')} onChange={(e) => set(name, (e.currentTarget as HTMLSelectElement).value)}>
        {options.map(([value, text]) => (
          <option value={value}>{text}</option>
        ))}
      </select>
    </label>
  );
  const date = (name: 'from' | 'to', label: string) => (
    <label class="field">
      <span>{label}</span>
      <input type="date" name={name} max={meta.today} value={query.get(name) ?? applied?.[name] ?? ''} onChange={(e) => set(name, (e.currentTarget as HTMLInputElement).value)} />
    </label>
  );
  return (
    <form class="filters" role="search" aria-label={s.label} onSubmit={(e) => e.preventDefault()}>
      {fields.includes('site') && select('site', s.site, [['', s.allSites], ...meta.sites.map((site): [string, string] => [site, site])])}
      {fields.includes('from') && date('from', s.from)}
      {fields.includes('to') && date('to', s.to)}
      {fields.includes('lang') && select('lang', s.language, [['', s.allLanguages], ...meta.langs.map((l): [string, string] => [l, l])])}
      {fields.includes('reason') && select('reason', s.reason, [['', s.allReasons], ...meta.reasons.map((r): [string, string] => [r, t.reason(r)])])}
      {fields.includes('status') && select('status', s.status, [['', s.anyStatus], ...meta.statuses.map((status): [string, string] => [status, t.status(status)])])}
      {fields.includes('sort') && select('sort', s.sort, GROUP_SORTS.map((sort): [string, string] => [sort, s.sorts[sort]]))}
    </form>
  );
}
