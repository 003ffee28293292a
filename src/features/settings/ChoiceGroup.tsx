import type { ComponentChildren } from 'preact';

/** One setting as a group of radio buttons: a legend, an optional intro and hint, one label each. */
export function ChoiceGroup<Value extends string>({
  name,
  legend,
  intro,
  hint,
  values,
  selected,
  label,
  onChange,
}: {
  name: string;
  legend: string;
  intro?: string;
  hint?: string;
  values: readonly Value[];
  selected: Value;
  label: (value: Value) => ComponentChildren;
  onChange: (value: Value) => void;
}) {
  return (
    <fieldset class="settings-group">
      <legend>{legend}</legend>
      {intro && <p>{intro}</p>}
      {values.map((value) => (
        <label key={value} class="choice">
          <input
            type="radio"
            name={name}
            value={value}
            checked={selected === value}
            onChange={() => onChange(value)}
          />{' '}
          {label(value)}
        </label>
      ))}
      {hint && <p class="hint">{hint}</p>}
    </fieldset>
  );
}
