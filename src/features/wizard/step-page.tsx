import { useEffect, useMemo, useState } from 'react';
import { Link, Navigate, useLocation, useNavigate, useParams } from 'react-router';
import { QUESTION_BANK, findStep } from '../../assessment/question-bank';
import type { Step } from '../../assessment/schema';
import { validateStep, isStepComplete } from '../../assessment/validation';
import { visibleQuestions, visibleSteps } from '../../assessment/visibility';
import { useAssessmentStore, useCurrentAnswers } from '../../state/assessment-store';
import { ErrorSummary } from '../../ui/error-summary';
import { FocusHeading } from '../../ui/focus-heading';
import { useDocumentTitle } from '../../ui/use-document-title';
import { fieldFocusId, summaryErrors } from './question-field';
import { QuestionFields } from './question-fields';
import { StepProgress, stepTitle } from './step-shell';
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
