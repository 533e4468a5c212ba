import { useId } from 'react';

export interface ChoiceFieldProps<T extends string> {
  legend: string;
  value: T;
  choices: readonly { value: T; label: string }[];
  onChange(value: T): void;
}

/** A set of radio buttons under one legend: every choice visible, reachable with the arrow keys. */
export function ChoiceField<T extends string>({ legend, value, choices, onChange }: ChoiceFieldProps<T>) {
  const name = useId();
  return (
    <fieldset className="field choice-field">
      <legend className="field__label">{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} className="choice-field__option">
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={choice.value === value}
            onChange={() => onChange(choice.value)}
          />
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}
