// A labelled text field for numbers: the message sits beside the field, is tied to it with
// aria-describedby, and is announced politely as the user types.

export interface FieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  /** `numeric` for whole counts, `decimal` where "0,75" makes sense. */
  inputMode?: 'numeric' | 'decimal';
  suffix?: string;
}

export function Field({ id, label, value, onInput, error, hint, inputMode = 'numeric', suffix }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = `${id}-error`;
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for={id}>{label}</label>
      {hint && <p class="field-hint" id={hintId}>{hint}</p>}
      <div class="field-input">
        <input
          id={id}
          name={id}
          type="text"
          inputMode={inputMode}
          autoComplete="off"
          spellcheck={false}
          value={value}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={[hintId, errorId].filter(Boolean).join(' ')}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
        {suffix && <span class="field-suffix" aria-hidden="true">{suffix}</span>}
      </div>
      <p class="field-error" id={errorId} aria-live="polite">
        {error && (
          <>
            <span aria-hidden="true">⚠ </span>
            {error}
          </>
        )}
      </p>
    </div>
  );
}
