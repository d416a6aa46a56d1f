/**
 * One labelled control of a dashboard form (sites, notices) with its hint
 * and, after a refusal, its error, both read with it (aria-describedby); the
 * label holds only the field's name. The control gets the id
 * `${prefix}-${name}`; its hint and error that id plus "-hint" / "-error".
 *
 * @example
 *   const field = formField<'key' | 'name'>('site', problem);
 *   field('name', 'Name', (p) => <input {...p} />, 'Shown here only.');
 */
import type { JSX } from 'preact';

export type Control = (props: Record<string, unknown>) => JSX.Element;

export function formField<F extends string>(prefix: string, problem: { field: string; text: string } | undefined) {
  return (name: F, label: string, control: Control, hint?: string, wide = false): JSX.Element => {
    const id = `${prefix}-${name}`;
    const bad = problem?.field === name;
    const describedBy = [hint ? `${id}-hint` : '', bad ? `${id}-error` : ''].filter(Boolean).join(' ');
    return (
      <div class={wide ? 'field wide' : 'field'}>
        <label for={id}>{label}</label>
        {control({ id, name, 'aria-invalid': bad || undefined, 'aria-describedby': describedBy || undefined })}
        {hint && <small id={`${id}-hint`}>{hint}</small>}
        {bad && <span class="error" id={`${id}-error`}>{problem.text}</span>}
      </div>
    );
  };
}
