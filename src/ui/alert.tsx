import type { ReactNode } from 'react';

type AlertProps = {
  type: 'info' | 'warning' | 'error' | 'success';
  heading?: string | undefined;
  headingLevel?: 'h2' | 'h3';
  slim?: boolean;
  role?: 'status' | 'alert' | 'region' | undefined;
  label?: string | undefined;
  children: ReactNode;
};

/** A USWDS alert; `role` makes it a live region where the message appears after an action. */
export function Alert({ type, heading, headingLevel = 'h2', slim, role, label, children }: AlertProps) {
  const Heading = headingLevel;
  return (
    <div className={`usa-alert usa-alert--${type}${slim ? ' usa-alert--slim' : ''}`} role={role} aria-label={label}>
      <div className="usa-alert__body">
        {heading ? <Heading className="usa-alert__heading">{heading}</Heading> : null}
        <div className="usa-alert__text">{children}</div>
      </div>
    </div>
  );
}
