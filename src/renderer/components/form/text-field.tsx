import { useId } from 'react';
import type { ReactNode } from 'react';

export interface TextFieldProps {
  label: string;
  value: string;
  /** Without it the field is read-only: text prepared to be read, selected and copied. */
  onChange?(value: string): void;
  hint?: string;
  /** The owner's-words message of what is wrong, shown under the field and read with it. */
  error?: string | null;
  type?: 'text' | 'email' | 'tel' | 'url' | 'number' | 'time';
  inputMode?: 'text' | 'numeric' | 'decimal' | 'url' | 'email' | 'tel';
  autoComplete?: string;
  autoFocus?: boolean;
  multiline?: boolean;
  /** The height of a multi-line field, in lines. */
  rows?: number;
  /** Shown under the field after the hint, e.g. a live check of what was typed. */
  children?: ReactNode;
  name?: string;
}

/** A labelled field whose hint and error are announced with it (aria-describedby), never only coloured. */
export function TextField(props: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const described = [props.hint ? hintId : null, props.error ? errorId : null].filter(Boolean).join(' ');
  const common = {
    id,
    name: props.name,
    value: props.value,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': described || undefined,
    autoFocus: props.autoFocus,
    autoComplete: props.autoComplete ?? 'off',
    className: 'field__input',
    readOnly: props.onChange === undefined,
  };
  return (
    <div className={`field${props.error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {props.label}
      </label>
      {props.multiline ? (
        <textarea
          {...common}
          rows={props.rows ?? 3}
          onChange={(event) => props.onChange?.(event.target.value)}
        />
      ) : (
        <input
          {...common}
          type={props.type === 'number' ? 'text' : (props.type ?? 'text')}
          inputMode={props.type === 'number' ? 'numeric' : props.inputMode}
          onChange={(event) => props.onChange?.(event.target.value)}
        />
      )}
      {props.hint && (
        <p className="field__hint" id={hintId}>
          {props.hint}
        </p>
      )}
      {props.error && (
        <p className="field__error" id={errorId}>
          {props.error}
        </p>
      )}
      {props.children}
    </div>
  );
}
