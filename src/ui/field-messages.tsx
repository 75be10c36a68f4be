import type { ReactNode } from 'react';

/** The ids a field's hint and error get, for the control's aria-describedby. */
export function fieldMessageIds(id: string, hint: string | undefined, error: string | undefined): { hintId?: string; errorId?: string } {
  return { ...(hint ? { hintId: `${id}-hint` } : {}), ...(error ? { errorId: `${id}-error` } : {}) };
}

type FieldMessagesProps = { id: string; hint?: string | undefined; error?: string | undefined; extra?: ReactNode };

/** Hint, extra help and error of a USWDS field, in the order USWDS places them. */
export function FieldMessages({ id, hint, error, extra }: FieldMessagesProps) {
  const { hintId, errorId } = fieldMessageIds(id, hint, error);
  return (
    <>
      {hint ? (
        <div className="usa-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {extra}
      {error ? (
        <span className="usa-error-message" id={errorId}>
          {error}
        </span>
      ) : null}
    </>
  );
}
