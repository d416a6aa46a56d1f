/**
 * The filter bar: site, date range, language, reason, status, sort. Every
 * change rewrites the URL's query string (so reload, share and export see
 * the same view); the page reads its data from there.
 */
import { navigate } from '../router.ts';
import { REASON_LABELS, STATUS_LABELS } from './format.ts';
import { GROUP_SORTS, SORT_LABELS, type FilterField, type Meta } from '../../shared/views.ts';

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
    <form class="filters" role="search" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
      {fields.includes('site') && select('site', 'Site', [['', 'All sites'], ...meta.sites.map((s): [string, string] => [s, s])])}
      {fields.includes('from') && date('from', 'From')}
      {fields.includes('to') && date('to', 'To')}
      {fields.includes('lang') && select('lang', 'Language', [['', 'All languages'], ...meta.langs.map((l): [string, string] => [l, l])])}
      {fields.includes('reason') && select('reason', 'Reason', [['', 'All reasons'], ...meta.reasons.map((r): [string, string] => [r, REASON_LABELS[r] ?? r])])}
      {fields.includes('status') && select('status', 'Status', [['', 'Any status'], ...meta.statuses.map((s): [string, string] => [s, STATUS_LABELS[s] ?? s])])}
      {fields.includes('sort') && select('sort', 'Sort by', GROUP_SORTS.map((s): [string, string] => [s, SORT_LABELS[s]]))}
    </form>
  );
}
