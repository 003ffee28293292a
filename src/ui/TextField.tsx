/**
 * A labelled text input with its error message, wired for screen readers: the message sits
 * between label and input, and the input points to it and says it is invalid. What the user
 * typed is never cleared by an error.
 */
export function TextField({
  id,
  label,
  value,
  onInput,
  error,
  type = 'text',
  autocomplete = 'off',
  dir,
}: {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string | null;
  type?: 'text' | 'tel' | 'password';
  autocomplete?: string;
  dir?: 'ltr' | 'rtl';
}) {
  const errorId = `${id}-error`;
  return (
    <>
      <label for={id}>{label}</label>
      {error && (
        <p class="field-error" id={errorId} role="alert">
          {error}
        </p>
      )}
      <input
        id={id}
        // Preact's types tie some attributes to each input type; these three share them all.
        type={type as 'text'}
        autocomplete={autocomplete}
        dir={dir}
        value={value}
        onInput={(event) => onInput(event.currentTarget.value)}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? errorId : undefined}
      />
    </>
  );
}
