import type { ReactNode } from 'react';
import type { ChoiceOption } from './choice-group';
import { fieldMessageIds } from './field-messages';
import { GridGroup } from './grid-group';

export type ChoiceGridRow = {
  /** The row's radios are `${id}-0`, `${id}-1`, … and share the name `id`, as a ChoiceGroup's. */
  id: string;
  /** The short label shown at the start of the row ("Nurses"). */
  label: string;
  /** The whole question, the row's name for screen readers ("How comfortable are your nurses …?"). */
  name: string;
  hint?: string | undefined;
  selected: string | undefined;
  error?: string | undefined;
};

type ChoiceGridProps = {
  id: string;
  legend: string;
  hint?: string | undefined;
  extra?: ReactNode;
  columns: ChoiceOption[];
  rows: ChoiceGridRow[];
  onChoose: (rowId: string, value: string) => void;
};

/**
 * Questions on one scale as a grid: each row a radio group of its own (one tab stop, arrow keys
 * inside it), the scale's labels across the top on a laptop; on a phone each row is a stacked
 * list with the labels beside the radios. The column heads are for the eye only: every radio's
 * own label carries its option and description.
 */
export function ChoiceGrid({ id, legend, hint, extra, columns, rows, onChoose }: ChoiceGridProps) {
  return (
    <GridGroup id={id} legend={legend} hint={hint} extra={extra} className={`app-grid--${columns.length}`}>
      <div className="app-grid__line app-grid__head" aria-hidden="true">
        <span />
        {columns.map((column) => (
          <span className="app-grid__column" key={column.value}>
            {column.label}
            {column.hint ? <span className="app-grid__column-hint">{column.hint}</span> : null}
          </span>
        ))}
      </div>
      {rows.map((row) => {
        const { hintId, errorId } = fieldMessageIds(row.id, row.hint, row.error);
        const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
        return (
          <fieldset className={`app-grid__row${row.error ? ' app-grid__row--error' : ''}`} id={`${row.id}-group`} key={row.id} aria-describedby={describedBy}>
            <legend className="usa-sr-only">{row.name}</legend>
            <div className="app-grid__line">
              <div className="app-grid__label">
                <span aria-hidden="true">{row.label}</span>
                {row.hint ? (
                  <span className="usa-hint app-grid__hint" id={hintId}>
                    {row.hint}
                  </span>
                ) : null}
                {row.error ? (
                  <span className="usa-error-message" id={errorId}>
                    {row.error}
                  </span>
                ) : null}
              </div>
              {columns.map((column, index) => {
                const inputId = `${row.id}-${index}`;
                return (
                  <div className="usa-radio app-grid__cell" key={column.value}>
                    <input
                      className="usa-radio__input"
                      id={inputId}
                      type="radio"
                      name={row.id}
                      value={column.value}
                      checked={row.selected === column.value}
                      onChange={() => onChoose(row.id, column.value)}
                    />
                    <label className="usa-radio__label" htmlFor={inputId}>
                      <span className="app-grid__option">{column.label}</span>
                      {column.hint ? ' ' : null}
                      {column.hint ? <span className="usa-radio__label-description app-grid__option-hint">{column.hint}</span> : null}
                    </label>
                  </div>
                );
              })}
            </div>
          </fieldset>
        );
      })}
    </GridGroup>
  );
}
