import { useParams } from 'react-router';
import { QUESTION_BANK, findStep } from '../../assessment/question-bank';
import { APP_NAME, stepPath } from '../../assessment/routes';
import type { Step } from '../../assessment/schema';
import { visibleSteps } from '../../assessment/visibility';
import { StepIndicator } from '../../ui/step-indicator';
import { WIZARD_TEXT } from './wizard-text';

/** A step's place among all the bank's steps: the count a manager sees never changes with the scope. */
export function stepTitle(step: Step): string {
  const position = QUESTION_BANK.steps.findIndex((candidate) => candidate.id === step.id);
  return `${step.title} – ${WIZARD_TEXT.counter(position + 1, QUESTION_BANK.steps.length)} – ${APP_NAME}`;
}

/**
 * The step indicator: every step of the bank, in place, so the count stays the same from the
 * first step; this one current, the complete ones marked, those these answers skip said so.
 */
export function StepProgress({ steps, step, completeSteps }: { steps: Step[]; step: Step; completeSteps: ReadonlySet<string> }) {
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

/**
 * The shell of the step at /assessment/:stepId, shown while the step's code loads (src/app/routes.tsx):
 * the same as the step's HTML holds, so that nothing on screen changes before the step is there.
 */
export function StepShellRoute() {
  const { stepId = '' } = useParams();
  const step = findStep(stepId);
  return step ? <StepShell step={step} /> : null;
}
