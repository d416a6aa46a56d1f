/**
 * Which sites a user sees: every site, or only the ticked ones. A radio
 * group and a group of checkboxes in one fieldset; form fields named
 * `${name}-scope` and `${name}-site`, read back with `pickedSites`.
 */
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/context.tsx';

export function SitesPicker({ name, legend, sites, value }: { name: string; legend: string; sites: readonly string[]; value: string[] | null }) {
  const s = useI18n().s.users;
  const [only, setOnly] = useState(value !== null);
  return (
    <fieldset class="sites-picker">
      <legend>{legend}</legend>
      <label><input type="radio" name={`${name}-scope`} value="every" checked={!only} onChange={() => setOnly(false)} /> {s.everySite}</label>
      <label><input type="radio" name={`${name}-scope`} value="only" checked={only} onChange={() => setOnly(true)} /> {s.onlySites}</label>
      <div class="sites-list">
        {sites.map((key) => (
          <label><input type="checkbox" name={`${name}-site`} value={key} disabled={!only} defaultChecked={value?.includes(key) ?? false} /> {key}</label>
        ))}
      </div>
    </fieldset>
  );
}

/** The picker's choice in a form: null for every site, else the ticked keys (undefined when none is ticked). */
export function pickedSites(form: FormData, name: string): string[] | null | undefined {
  if (form.get(`${name}-scope`) !== 'only') return null;
  const sites = form.getAll(`${name}-site`).map(String);
  return sites.length ? sites : undefined;
}
