/** @jsxRuntime classic */
/** @jsx h */
import { ATTACHMENT_ACCEPT, attachmentProblem } from '../attachments.ts';
import { fill, type HandoffStrings } from '../i18n/index.ts';
import { newId } from '../journey/environment.ts';
import type { DraftFile } from '../types.ts';
import { h, useRef, useState } from './preact.ts';

export interface FilePickerProps {
  id: string;
  t: HandoffStrings;
  files: DraftFile[];
  onChange(files: DraftFile[]): void;
  /** Shown beside the attach button: the form's Send. */
  children?: unknown;
}

/** "350 KB", "2.4 MB" in the customer's language. */
export function fileSize(bytes: number, lang: string): string {
  const mb = bytes >= 1e6;
  return new Intl.NumberFormat(lang, { style: 'unit', unit: mb ? 'megabyte' : 'kilobyte', maximumFractionDigits: mb ? 1 : 0 }).format(Math.max(1, bytes / (mb ? 1e6 : 1e3)));
}

/**
 * "Attach files": a button (in one row with the form's Send, given as
 * children) that opens the browser's file dialog (the input itself stays
 * hidden), what may be attached under it, the chosen files with name, size and a Remove
 * button, and a refusal for each file of the wrong type, too large or one
 * too many (an alert), besides a polite announcement of each file added or
 * removed. The widget's check is a courtesy: the collector decides by the
 * bytes.
 */
export function FilePicker({ id, t, files, onChange, children }: FilePickerProps) {
  const input = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [said, setSaid] = useState('');
  const add = (chosen: FileList | null) => {
    const next = [...files];
    const problems: string[] = [];
    // Ids in the order chosen (one time prefix, then the place): the outbox sends by id, the inbox lists them so.
    const base = newId();
    for (const [i, file] of Array.from(chosen ?? []).entries()) {
      const problem = attachmentProblem(file, next.length);
      if (problem) problems.push(fill(t.fileRefused, { name: file.name, why: t.fileWhy[problem] }));
      else next.push({ id: `${base}${i}`, name: file.name, size: file.size, type: file.type, blob: file });
    }
    setErrors(problems);
    if (next.length > files.length) {
      setSaid(next.slice(files.length).map((f) => fill(t.fileAdded, { name: f.name })).join('. '));
      onChange(next);
    }
    // The same file can be chosen again after a removal.
    if (input.current) input.current.value = '';
  };
  const remove = (file: DraftFile) => {
    onChange(files.filter((f) => f.id !== file.id));
    setErrors([]);
    setSaid(fill(t.fileRemoved, { name: file.name }));
    button.current?.focus();
  };
  return (
    <div class="ay-files">
      <input ref={input} id={`${id}f`} type="file" multiple accept={ATTACHMENT_ACCEPT} hidden onChange={(e) => add((e.currentTarget as HTMLInputElement).files)} />
      {files.length > 0 && (
        <ul>
          {files.map((f) => (
            <li key={f.id}>
              <span>{f.name}</span> <span class="ay-note">{fileSize(f.size, t.lang)}</span>
              <button type="button" class="ay-link" aria-label={fill(t.fileRemove, { name: f.name })} onClick={() => remove(f)}>
                {t.removeShort}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div role="alert">
        {errors.map((e) => (
          <p class="ay-err">{e}</p>
        ))}
      </div>
      <p class="ay-sr" aria-live="polite">
        {said}
      </p>
      {/* Attach, and what follows it in the form's last row (Send). */}
      <div class="ay-row">
        <button ref={button} type="button" class="ay-btn ay-attach" aria-describedby={`${id}fh`} onClick={() => input.current?.click()}>
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <path d="m21 11-8.5 8.5a5 5 0 0 1-7-7L14 4a3.3 3.3 0 0 1 4.8 4.8L10.3 17.3a1.7 1.7 0 0 1-2.4-2.4L15.5 7.3" />
          </svg>
          {t.attach}
        </button>
        {children}
      </div>
      <p id={`${id}fh`} class="ay-note">
        {t.attachHint}
      </p>
    </div>
  );
}
