import type { ReactNode } from 'react';
import { FieldMessages, fieldMessageIds } from './field-messages';

type TextFieldProps = {
  id: string;
  /** The label's content: text, or a short visible label with the whole question for screen readers. */
  label: ReactNode;
  className?: string;
  hint?: string | undefined;
  value: string;
  error?: string | undefined;
  inputMode?: 'text' | 'decimal' | 'numeric';
  maxLength?: number | undefined;
  disabled?: boolean;
  width?: 'full' | 'small';
  suffix?: string | undefined;
  extra?: ReactNode;
  after?: ReactNode;
  onChange: (value: string) => void;
};

/** A labelled USWDS text input with hint and error tied to it by aria-describedby. */
export function TextField({ id, label, className, hint, value, error, inputMode = 'text', maxLength, disabled, width = 'full', suffix, extra, after, onChange }: TextFieldProps) {
  const { hintId, errorId } = fieldMessageIds(id, hint, error);
  const suffixId = suffix ? `${id}-unit` : undefined;
  const describedBy = [hintId, errorId, suffixId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`usa-form-group app-question${className ? ` ${className}` : ''}${error ? ' usa-form-group--error' : ''}`} id={`${id}-group`}>
      <label className="usa-label" htmlFor={id}>
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} extra={extra} />
      <div className={width === 'small' ? 'app-number' : undefined}>
        <input
          className={`usa-input${error ? ' usa-input--error' : ''}`}
          id={id}
          name={id}
          type="text"
          inputMode={inputMode}
          // Off: the browser then neither offers old values nor restores this field's state when the
          // visitor comes back with Back, which would be replayed over newer saved answers.
          autoComplete="off"
          value={value}
          maxLength={maxLength}
          disabled={disabled}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
        {suffix ? <span id={suffixId}>{suffix}</span> : null}
      </div>
      {after}
    </div>
  );
}
