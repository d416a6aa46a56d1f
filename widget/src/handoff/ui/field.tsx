/** @jsxRuntime classic */
/** @jsx h */
import { h } from './preact.ts';

export interface FieldProps {
  id: string;
  label: string;
  /** "(optional)" after the label when the field is not required. */
  optional?: string;
  value: string;
  error?: string;
  multiline?: boolean;
  type?: 'text' | 'email' | 'tel';
  autoComplete?: string;
  maxLength: number;
  onInput(value: string): void;
  inputRef?(el: HTMLInputElement | HTMLTextAreaElement | null): void;
}

/**
 * One labelled field. A field in error says so to assistive technology
 * (`aria-invalid`) and points at its message (`aria-describedby`); required
 * fields carry `aria-required` (the form checks them itself, without the
 * browser's own bubbles).
 */
export function Field({ id, label, optional, value, error, multiline, type = 'text', autoComplete, maxLength, onInput, inputRef }: FieldProps) {
  const common = {
    id,
    ref: inputRef,
    value,
    maxLength,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}e` : undefined,
    'aria-required': optional ? undefined : true,
    onInput: (e: Event) => onInput((e.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class="ay-field">
      <label for={id}>
        {label}
        {optional && <span class="ay-note"> {optional}</span>}
      </label>
      {multiline ? (
        <textarea {...common} class="ay-text" rows={2} />
      ) : (
        <input {...common} class="ay-input" type={type as 'text'} autoComplete={autoComplete} spellcheck={type === 'text'} />
      )}
      {error && (
        <p id={`${id}e`} class="ay-err">
          {error}
        </p>
      )}
    </div>
  );
}
