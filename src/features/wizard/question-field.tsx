import { useState } from 'react';
import { DONT_KNOW, type AnswerValue, type Question } from '../../assessment/schema';
import { NUMBER_INPUT_MAX, readNumberInput } from '../../assessment/number-input';
import { findSource } from '../../assessment/sources';
import { getQuestion } from '../../assessment/question-bank';
import type { FieldError } from '../../assessment/validation';
import { ChoiceGroup, type ChoiceOption } from '../../ui/choice-group';
import { TextField } from '../../ui/text-field';
import { WhyWeAsk } from '../../ui/why-we-ask';
import { WIZARD_TEXT } from './wizard-text';

type QuestionFieldProps = {
  question: Question;
  value: AnswerValue | undefined;
  error?: string | undefined;
  /** Who usually knows the answer, in words ("your IT lead or IT contractor"). */
  /** Who usually knows the answer, in the words of known-by.ts; empty to leave it out. */
  knower: string;
  /** Set when the question is a row of a number grid: its short label ("Nurses"). */
  row?: string | undefined;
  onChange: (value: AnswerValue | undefined) => void;
};

/** The id of the element that takes focus for a question (first input, or the text box). */
export function fieldFocusId(question: Question): string {
  return question.kind === 'single' || question.kind === 'multi' ? `q-${question.id}-0` : `q-${question.id}`;
}

/** Field errors as the error summary lists them: each linked to its field, named by its question. */
export function summaryErrors(errors: readonly FieldError[]): { targetId: string; label: string; message: string }[] {
  return errors.map((error) => {
    const question = getQuestion(error.questionId);
    return { targetId: fieldFocusId(question), label: question.label, message: error.message };
  });
}

function toggleMulti(question: Question & { kind: 'multi' }, current: string[], value: string, checked: boolean): string[] {
  if (!checked) return current.filter((item) => item !== value);
  // Ticking a box that is already ticked (a repeated event) changes nothing.
  if (current.includes(value)) return current;
  const exclusive = new Set([...question.options.filter((option) => option.exclusive).map((option) => option.value), DONT_KNOW]);
  // An exclusive choice ("Nobody", "Don't know") clears the others, and any other clears it.
  if (exclusive.has(value)) return [value];
  return [...current.filter((item) => !exclusive.has(item)), value];
}

/** Renders one question from the bank as the matching USWDS control. */
export function QuestionField({ question, value, error, knower, row, onChange }: QuestionFieldProps) {
  const id = `q-${question.id}`;
  const source = findSource(question.source);
  const why = (
    <WhyWeAsk summary={WIZARD_TEXT.whySummary} who={knower ? WIZARD_TEXT.knownBy(knower) : ''} text={question.why} source={source ? `${WIZARD_TEXT.sourcePrefix} ${source.publisher}.` : ''} />
  );
  const label = question.required ? question.label : `${question.label} ${WIZARD_TEXT.optional}`;
  const [lastNumberText, setLastNumberText] = useState(typeof value === 'number' || (typeof value === 'string' && value !== DONT_KNOW) ? String(value) : '');

  switch (question.kind) {
    case 'single':
    case 'multi': {
      const options: ChoiceOption[] = question.options.map(({ value: optionValue, label: optionLabel, hint }) => ({ value: optionValue, label: optionLabel, hint }));
      if (question.allowDontKnow) options.push({ value: DONT_KNOW, label: WIZARD_TEXT.dontKnow });
      const selected = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
      return (
        <ChoiceGroup
          id={id}
          type={question.kind === 'single' ? 'radio' : 'checkbox'}
          legend={label}
          hint={question.hint}
          options={options}
          selected={selected}
          error={error}
          extra={why}
          onToggle={(optionValue, checked) => {
            if (question.kind === 'single') onChange(optionValue);
            else {
              const next = toggleMulti(question, selected, optionValue, checked);
              onChange(next.length > 0 ? next : undefined);
            }
          }}
        />
      );
    }
    case 'text':
      return (
        <TextField
          id={id}
          label={label}
          hint={question.hint}
          value={typeof value === 'string' ? value : ''}
          error={error}
          maxLength={question.maxLength}
          extra={why}
          onChange={(text) => onChange(text === '' ? undefined : text)}
        />
      );
    case 'number': {
      const dontKnow = value === DONT_KNOW;
      // What the user typed stays as typed ("5." on the way to "5.5") while it reads as the answer.
      const text = dontKnow ? '' : readNumberInput(lastNumberText) === value ? lastNumberText : value === undefined ? '' : String(value);
      return (
        <TextField
          id={id}
          label={
            row ? (
              <>
                <span aria-hidden="true">{row}</span>
                <span className="usa-sr-only">{label}</span>
              </>
            ) : (
              label
            )
          }
          className={row ? 'app-grid__number' : undefined}
          hint={question.hint}
          value={text}
          error={error}
          inputMode={question.integer ? 'numeric' : 'decimal'}
          maxLength={NUMBER_INPUT_MAX}
          width="small"
          suffix={question.unit}
          disabled={dontKnow}
          extra={row ? undefined : why}
          onChange={(typed) => {
            setLastNumberText(typed);
            onChange(readNumberInput(typed));
          }}
          after={
            question.allowDontKnow ? (
              <div className="usa-checkbox app-dont-know">
                <input
                  className="usa-checkbox__input"
                  id={`${id}-dont-know`}
                  type="checkbox"
                  checked={dontKnow}
                  onChange={(event) => onChange(event.target.checked ? DONT_KNOW : readNumberInput(lastNumberText))}
                />
                <label className="usa-checkbox__label" htmlFor={`${id}-dont-know`}>
                  {WIZARD_TEXT.numberDontKnow}
                  <span className="usa-sr-only">{WIZARD_TEXT.dontKnowContext(question.label)}</span>
                </label>
              </div>
            ) : null
          }
        />
      );
    }
  }
}
