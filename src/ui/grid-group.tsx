import type { ReactNode } from 'react';
import { FieldMessages, fieldMessageIds } from './field-messages';

type GridGroupProps = { id: string; legend: string; hint?: string | undefined; extra?: ReactNode; className?: string; children: ReactNode };

/** The fieldset around a grid's rows: one legend, one hint and one "why we ask" for all of them. */
export function GridGroup({ id, legend, hint, extra, className, children }: GridGroupProps) {
  const { hintId } = fieldMessageIds(id, hint, undefined);
  return (
    <div className={`usa-form-group app-question app-grid${className ? ` ${className}` : ''}`} id={`${id}-group`}>
      <fieldset className="usa-fieldset" aria-describedby={hintId}>
        <legend className="usa-legend">{legend}</legend>
        <FieldMessages id={id} hint={hint} extra={extra} />
        {children}
      </fieldset>
    </div>
  );
}
