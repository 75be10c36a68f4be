import { useEffect, useRef } from 'react';

type ErrorSummaryProps = {
  heading: string;
  errors: { targetId: string; label: string; message: string }[];
  /** Changes each time the user submits, so focus returns to the summary on every failed try. */
  attempt: number;
};

/**
 * USWDS error alert listing each problem with a link that moves focus to the field. It takes
 * focus when mounted and on each new `attempt`; with no errors it renders nothing.
 */
export function ErrorSummary({ heading, errors, attempt }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [attempt]);
  // Nothing to show, but still mounted: focus is taken on a new attempt only, not when errors
  // come back while the user types.
  if (errors.length === 0) return null;
  return (
    <div className="usa-alert usa-alert--error" ref={ref} tabIndex={-1} aria-labelledby="error-summary-heading">
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading" id="error-summary-heading">
          {heading}
        </h2>
        <ul className="usa-list">
          {errors.map((error) => (
            <li key={error.targetId}>
              <a
                className="usa-link"
                href={`#${error.targetId}`}
                onClick={(event) => {
                  event.preventDefault();
                  const target = document.getElementById(error.targetId);
                  target?.focus();
                  target?.scrollIntoView?.({ block: 'center' });
                }}
              >
                {/[?.!]$/.test(error.label) ? `${error.label} ${error.message}` : `${error.label}: ${error.message}`}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
