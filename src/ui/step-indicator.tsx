import { Link } from 'react-router';

/** 'skipped': a step these answers need not visit; it keeps its place, so the count stays the same. */
export type StepIndicatorItem = { id: string; title: string; href: string; status: 'complete' | 'current' | 'incomplete' | 'skipped' };

type StepIndicatorProps = {
  label: string;
  items: StepIndicatorItem[];
  current: number;
  statusText: { complete: string; incomplete: string; skipped: string };
  counterText: (current: number, total: number) => string;
  ofTotalText: (total: number) => string;
};

/** USWDS step indicator; steps are links so a user can jump back to any step. */
export function StepIndicator({ label, items, current, statusText, counterText, ofTotalText }: StepIndicatorProps) {
  const currentItem = items[current];
  return (
    <nav className="usa-step-indicator usa-step-indicator--counters-sm" aria-label={label}>
      <ol className="usa-step-indicator__segments">
        {items.map((item) => (
          <li
            key={item.id}
            className={`usa-step-indicator__segment${item.status === 'complete' ? ' usa-step-indicator__segment--complete' : ''}${item.status === 'current' ? ' usa-step-indicator__segment--current' : ''}${item.status === 'skipped' ? ' app-step-skipped' : ''}`}
            aria-current={item.status === 'current' ? 'step' : undefined}
          >
            <span className="usa-step-indicator__segment-label">
              {item.status === 'skipped' ? (
                <>
                  {item.title}
                  <span className="usa-sr-only">{` (${statusText.skipped})`}</span>
                </>
              ) : (
                <Link to={item.href}>{item.title}</Link>
              )}
              {item.status === 'complete' || item.status === 'incomplete' ? <span className="usa-sr-only">{` ${statusText[item.status]}`}</span> : null}
            </span>
          </li>
        ))}
      </ol>
      {currentItem ? (
        <div className="usa-step-indicator__header">
          <p className="usa-step-indicator__heading">
            <span className="usa-step-indicator__heading-counter">
              <span className="usa-sr-only">{counterText(current + 1, items.length)}</span>
              <span className="usa-step-indicator__current-step" aria-hidden="true">
                {current + 1}
              </span>
              <span className="usa-step-indicator__total-steps" aria-hidden="true">
                {ofTotalText(items.length)}
              </span>
            </span>
          </p>
        </div>
      ) : null}
    </nav>
  );
}
