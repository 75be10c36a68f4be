import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { APP_NAME, PATHS, stepPath } from '../../assessment/routes';
import { completeness, isStepComplete } from '../../assessment/validation';
import { visibleSteps } from '../../assessment/visibility';
import { useAssessmentStore } from '../../state/assessment-store';
import { Alert } from '../../ui/alert';
import { FocusHeading } from '../../ui/focus-heading';
import { useDocumentTitle } from '../../ui/use-document-title';
import { START_TEXT } from './start-text';

function formatWhen(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** The start page: what the assessment is, and start, continue or start over. */
export function StartPage() {
  useDocumentTitle(`${APP_NAME}: staffing readiness for health IT projects`);
  const answers = useAssessmentStore((state) => state.answers);
  const updatedAt = useAssessmentStore((state) => state.updatedAt);
  const reset = useAssessmentStore((state) => state.reset);
  const [confirming, setConfirming] = useState(false);
  const [cleared, setCleared] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  const startOverRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const started = Object.keys(answers).length > 0;
  const steps = visibleSteps(answers);
  const firstIncomplete = steps.find((step) => !isStepComplete(step, answers));
  const continuePath = firstIncomplete ? stepPath(firstIncomplete.id) : PATHS.review;
  const firstStep = steps[0];

  return (
    <div className="grid-container">
      <div className="app-narrow">
        <FocusHeading focusKey="start" enabled={false}>
          {START_TEXT.title}
        </FocusHeading>
        <p className="app-lead">{START_TEXT.lead}</p>

        {cleared ? (
          <Alert type="success" slim role="status">
            <p>{START_TEXT.cleared}</p>
          </Alert>
        ) : null}

        {started ? (
          <div className="usa-summary-box" role="region" aria-labelledby="progress-heading">
            <div className="usa-summary-box__body">
              <h2 className="usa-summary-box__heading" id="progress-heading">
                {START_TEXT.continue}
              </h2>
              <div className="usa-summary-box__text">
                <p>
                  {START_TEXT.progress(Math.round(completeness(answers) * 100))} {updatedAt ? START_TEXT.lastSaved(formatWhen(updatedAt)) : null}
                </p>
                <div className="app-actions">
                  <Link className="usa-button" to={continuePath}>
                    {START_TEXT.continue}
                  </Link>
                  <Link className="usa-button usa-button--outline" to={PATHS.review}>
                    {START_TEXT.review}
                  </Link>
                  <button type="button" className="usa-button usa-button--unstyled" ref={startOverRef} onClick={() => setConfirming(true)}>
                    {START_TEXT.startOver}
                  </button>
                </div>
                {confirming ? (
                  <div className="app-confirm" ref={confirmRef} tabIndex={-1} role="group" aria-labelledby="confirm-heading">
                    <h3 id="confirm-heading">{START_TEXT.confirmHeading}</h3>
                    <p>{START_TEXT.confirmText}</p>
                    <div className="app-actions">
                      <button
                        type="button"
                        className="usa-button usa-button--secondary"
                        onClick={() => {
                          reset();
                          setConfirming(false);
                          setCleared(true);
                        }}
                      >
                        {START_TEXT.confirmYes}
                      </button>
                      <button
                        type="button"
                        className="usa-button usa-button--outline"
                        onClick={() => {
                          setConfirming(false);
                          startOverRef.current?.focus();
                        }}
                      >
                        {START_TEXT.confirmNo}
                      </button>
                    </div>
                  </div>
                ) : null}
              </div>
            </div>
          </div>
        ) : (
          <div className="app-actions">
            <Link className="usa-button usa-button--big" to={firstStep ? stepPath(firstStep.id) : PATHS.review}>
              {START_TEXT.start}
            </Link>
          </div>
        )}

        <h2>{START_TEXT.whatHeading}</h2>
        {START_TEXT.what.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        <h2>{START_TEXT.whoHeading}</h2>
        <p>{START_TEXT.who}</p>
        <h2>{START_TEXT.timeHeading}</h2>
        <p>{START_TEXT.time}</p>
        <h2>{START_TEXT.privacyHeading}</h2>
        <p>{START_TEXT.privacy}</p>
        <p className="usa-hint">{START_TEXT.sourceNote}</p>
      </div>
    </div>
  );
}
