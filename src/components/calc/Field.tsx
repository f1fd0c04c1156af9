// A labelled text field for numbers: the message sits beside the field, is tied to it with
// aria-describedby, and is announced politely as the user types. A blank field's message waits
// until the visitor has been in the field and left it: typing the first of seven counts must
// not turn the six still ahead red. A shared link's problem with the field shows here too, and
// so does a note when the text is too long to travel in a link.
import { useState } from 'preact/hooks';
import { useT } from './translation';
import type { Message } from '../../i18n/message';
import { formatCount } from '../../lib/format';
import { MAX_LINK_FIELD_CHARS } from '../../lib/share/link';
import { LinkNote } from './LinkNote';

export interface FieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: Message | undefined;
  hint?: string | undefined;
  /** `numeric` for whole counts, `decimal` where "0,75" makes sense. */
  inputMode?: 'numeric' | 'decimal';
  suffix?: string;
  /** The link parameter(s) this field is read from, for the link's problems. */
  params?: readonly string[];
}

export function Field({ id, label, value, onInput, hint, inputMode = 'numeric', suffix, params = [id], ...props }: FieldProps) {
  const t = useT();
  const [left, setLeft] = useState(false);
  const error = left || value.trim() ? props.error : undefined;
  const tooLong = value.length > MAX_LINK_FIELD_CHARS;
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for={id}>{label}</label>
      {hint && <p class="field-hint" id={`${id}-hint`}>{hint}</p>}
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
          aria-describedby={hint ? `${id}-hint ${id}-error` : `${id}-error`}
          onInput={(e) => onInput(e.currentTarget.value)}
          onBlur={() => setLeft(true)}
        />
        {suffix && <span class="field-suffix" aria-hidden>{suffix}</span>}
      </div>
      <p class="field-error" id={`${id}-error`} aria-live="polite">
        {error && [<span aria-hidden>{t('field.warn')}</span>, t(error)]}
      </p>
      {tooLong && <p class="field-hint">{t('link.notCarried', { n: formatCount(value.length) })}</p>}
      <LinkNote params={params} />
    </div>
  );
}
