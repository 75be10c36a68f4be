import type { ReactNode } from 'react';
import { FieldMessages, fieldMessageIds } from './field-messages';

/** Longer lists keep one column on wide screens too (src/styles/_app.scss). */
const MAX_TWO_COLUMN_OPTIONS = 12;

export type ChoiceOption = { value: string; label: string; hint?: string | undefined };

type ChoiceGroupProps = {
  id: string;
  type: 'radio' | 'checkbox';
  legend: string;
  hint?: string | undefined;
  options: ChoiceOption[];
  selected: string[];
  error?: string | undefined;
  /** Shown under the hint: the "why we ask" disclosure. */
  extra?: ReactNode;
  onToggle: (value: string, checked: boolean) => void;
};

/** A USWDS fieldset of radio or checkbox tiles, with its hint and error tied to it. */
export function ChoiceGroup({ id, type, legend, hint, options, selected, error, extra, onToggle }: ChoiceGroupProps) {
  const { hintId, errorId } = fieldMessageIds(id, hint, error);
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const inputClass = type === 'radio' ? 'usa-radio' : 'usa-checkbox';
  return (
    <div className={`usa-form-group app-question${error ? ' usa-form-group--error' : ''}`} id={`${id}-group`}>
      <fieldset className="usa-fieldset" aria-describedby={describedBy}>
        <legend className="usa-legend">{legend}</legend>
        <FieldMessages id={id} hint={hint} error={error} extra={extra} />
        <div className={options.length > MAX_TWO_COLUMN_OPTIONS ? 'app-tiles app-tiles--long' : 'app-tiles'}>
          {options.map((option, index) => {
            const inputId = `${id}-${index}`;
            return (
              <div className={inputClass} key={option.value}>
                <input
                  className={`${inputClass}__input ${inputClass}__input--tile`}
                  id={inputId}
                  type={type}
                  name={id}
                  value={option.value}
                  checked={selected.includes(option.value)}
                  onChange={(event) => onToggle(option.value, event.target.checked)}
                />
                <label className={`${inputClass}__label`} htmlFor={inputId}>
                  {option.label}
                  {option.hint ? <span className={`${inputClass}__label-description`}>{option.hint}</span> : null}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
