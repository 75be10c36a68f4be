import { useEffect, useMemo, useState } from 'react';
import { Link, Navigate, useLocation, useNavigate, useParams } from 'react-router';
import { QUESTION_BANK, findStep } from '../../assessment/question-bank';
import type { Step } from '../../assessment/schema';
import { validateStep, isStepComplete } from '../../assessment/validation';
import { visibleQuestions, visibleSteps } from '../../assessment/visibility';
import { useAssessmentStore, useCurrentAnswers } from '../../state/assessment-store';
import { ErrorSummary } from '../../ui/error-summary';
import { FocusHeading } from '../../ui/focus-heading';
import { StepIndicator } from '../../ui/step-indicator';
import { useDocumentTitle } from '../../ui/use-document-title';
import { fieldFocusId, summaryErrors } from './question-field';
import { QuestionFields } from './question-fields';
import { WIZARD_TEXT } from './wizard-text';
import { APP_NAME, PATHS, stepPath } from '../../assessment/routes';

/** One step of the wizard, at /assessment/:stepId. */
export function StepPage() {
  const { stepId = '' } = useParams();
  const step = findStep(stepId);
  // The same component from step to step: React keeps what the steps share (the step indicator,
  // the buttons) and replaces only the questions, which makes the step change quicker. Its error
  // state belongs to one step (see `attempt` below).
  return step ? <StepForm step={step} /> : <StepNotFound />;
}

function StepNotFound() {
  useDocumentTitle(`${WIZARD_TEXT.notFoundTitle} – ${APP_NAME}`);
  const first = QUESTION_BANK.steps[0];
  return (
    <div className="grid-container">
      <FocusHeading focusKey="not-found">{WIZARD_TEXT.notFoundTitle}</FocusHeading>
      <p>{WIZARD_TEXT.notFoundText}</p>
      {first ? (
        <Link className="usa-link" to={stepPath(first.id)}>
          {WIZARD_TEXT.notFoundLink}
        </Link>
      ) : null}
    </div>
  );
}

function StepForm({ step }: { step: Step }) {
  const stepId = step.id;
  const answers = useCurrentAnswers();
  const setAnswer = useAssessmentStore((state) => state.setAnswer);
  const navigate = useNavigate();
  const location = useLocation();
  // How often Next was pressed with errors, on this step: a new step starts with no errors shown.
  const [attempts, setAttempts] = useState({ stepId, count: 0 });
  // Reset on the render that shows another step (React's pattern for state that follows a prop),
  // so a step left with errors shows none when the user comes back to it.
  if (attempts.stepId !== stepId) setAttempts({ stepId, count: 0 });
  const attempt = attempts.stepId === stepId ? attempts.count : 0;

  // Which steps are complete takes checking every answer: done when the answers change, not on
  // every render (moving to the next step changes none).
  const steps = useMemo(() => visibleSteps(answers), [answers]);
  const completeSteps = useMemo(() => new Set(steps.filter((candidate) => isStepComplete(candidate, answers)).map((candidate) => candidate.id)), [steps, answers]);
  const index = steps.findIndex((candidate) => candidate.id === stepId);
  useDocumentTitle(stepTitle(step));

  const focusTarget = location.hash.startsWith('#q-') ? location.hash.slice(1) : null;
  useEffect(() => {
    if (!focusTarget) return;
    const questionId = focusTarget.slice(2);
    const question = QUESTION_BANK.questions.find((candidate) => candidate.id === questionId);
    const element = document.getElementById(question ? fieldFocusId(question) : focusTarget);
    element?.focus();
    element?.scrollIntoView?.({ block: 'center' });
  }, [focusTarget]);

  if (index === -1) {
    // Nothing to ask here for these answers: go on to the next step that has questions.
    const order = QUESTION_BANK.steps.map((candidate) => candidate.id);
    const next = steps.find((candidate) => order.indexOf(candidate.id) > order.indexOf(stepId));
    return <Navigate to={next ? stepPath(next.id) : PATHS.review} replace />;
  }

  const questions = visibleQuestions(step, answers);
  const errors = attempt > 0 ? validateStep(step, answers) : [];
  const errorFor = new Map(errors.map((error) => [error.questionId, error.message]));
  const previous = steps[index - 1];
  const next = steps[index + 1];

  function handleNext() {
    if (validateStep(step, answers).length > 0) {
      setAttempts({ stepId, count: attempt + 1 });
      return;
    }
    void navigate(next ? stepPath(next.id) : PATHS.review);
  }

  return (
    <div className="grid-container">
      <StepProgress steps={steps} step={step} completeSteps={completeSteps} />
      <div className="app-narrow">
        {/* A new heading per step (`key`): focus moves to it even when it was on the last step's
            heading (after Back in the browser), so screen readers read the new one. */}
        <FocusHeading key={stepId} focusKey={stepId} enabled={!focusTarget} className="app-step-heading">
          {step.title}
        </FocusHeading>
        <p className="app-lead">{step.intro}</p>
        {/* Kept from the first failed Next on: it shows nothing while every error is fixed, and
            an error that comes back as the user types does not pull focus from the field. */}
        {attempt > 0 ? <ErrorSummary heading={WIZARD_TEXT.errorHeading(errors.length)} attempt={attempt} errors={summaryErrors(errors)} /> : null}
        <form
          className="usa-form usa-form--large app-form"
          noValidate
          // The browser restores no field state of this form on Back (the saved answers are the truth).
          autoComplete="off"
          onSubmit={(event) => {
            event.preventDefault();
            handleNext();
          }}
        >
          <QuestionFields questions={questions} answers={answers} errorFor={errorFor} onChange={setAnswer} />
          <div className="app-actions">
            <button type="button" className="usa-button usa-button--outline" onClick={() => void navigate(previous ? stepPath(previous.id) : '/')}>
              {WIZARD_TEXT.back}
            </button>
            <button type="submit" className="usa-button">
              {next ? WIZARD_TEXT.next : WIZARD_TEXT.toReview}
            </button>
          </div>
          <p className="usa-hint">{WIZARD_TEXT.savedNote}</p>
        </form>
      </div>
    </div>
  );
}

/** A step's place among all the bank's steps: the count a manager sees never changes with the scope. */
function stepTitle(step: Step): string {
  const position = QUESTION_BANK.steps.findIndex((candidate) => candidate.id === step.id);
  return `${step.title} – ${WIZARD_TEXT.counter(position + 1, QUESTION_BANK.steps.length)} – ${APP_NAME}`;
}

/**
 * The step indicator: every step of the bank, in place, so the count stays the same from the
 * first step; this one current, the complete ones marked, those these answers skip said so.
 */
function StepProgress({ steps, step, completeSteps }: { steps: Step[]; step: Step; completeSteps: ReadonlySet<string> }) {
  const asked = new Set(steps.map((candidate) => candidate.id));
  return (
    <StepIndicator
      label={WIZARD_TEXT.stepsLabel}
      items={QUESTION_BANK.steps.map((candidate) => ({
        id: candidate.id,
        title: candidate.title,
        href: stepPath(candidate.id),
        status: candidate.id === step.id ? 'current' : !asked.has(candidate.id) ? 'skipped' : completeSteps.has(candidate.id) ? 'complete' : 'incomplete',
      }))}
      current={QUESTION_BANK.steps.findIndex((candidate) => candidate.id === step.id)}
      statusText={{ complete: WIZARD_TEXT.stepComplete, incomplete: WIZARD_TEXT.stepIncomplete, skipped: WIZARD_TEXT.stepSkipped }}
      counterText={WIZARD_TEXT.counter}
      ofTotalText={WIZARD_TEXT.ofTotal}
    />
  );
}

/**
 * A step's shell, which the build writes into the step's HTML (src/app/prerender-page.tsx): what
 * the step shows above its form for a first visit (nothing saved), in the same markup as
 * `StepForm`, so that nothing moves when the app renders the step over it. The form itself is the
 * app's: it shows the saved answers from its first render. Null for a step a first visit does not
 * open (the page frame alone). Its heading is a plain one: the app's takes focus.
 */
export function StepShell({ step }: { step: Step }) {
  const steps = visibleSteps({});
  const index = steps.findIndex((candidate) => candidate.id === step.id);
  if (index === -1) return null;
  return (
    <div className="grid-container">
      <StepProgress steps={steps} step={step} completeSteps={new Set()} />
      <div className="app-narrow">
        <h1 tabIndex={-1} className="app-step-heading">
          {step.title}
        </h1>
        <p className="app-lead">{step.intro}</p>
      </div>
    </div>
  );
}

/** The document title of a step's shell (the same as the app sets for a first visit). */
export function stepShellTitle(step: Step): string | null {
  const steps = visibleSteps({});
  const index = steps.findIndex((candidate) => candidate.id === step.id);
  return index !== -1 ? stepTitle(step) : null;
}
