import type { Answers } from '../../src/assessment/schema';
import { useAssessmentStore } from '../../src/state/assessment-store';

/** Makes a current assessment with these answers, as if the user had typed them. */
export function seedAnswers(answers: Answers, name = ''): string {
  const store = useAssessmentStore.getState();
  const id = store.createAssessment(name);
  for (const [questionId, value] of Object.entries(answers)) useAssessmentStore.getState().setAnswer(questionId, value);
  return id;
}

/** The answers of the assessment this tab works on. */
export function currentAnswers(): Answers {
  const { currentId, assessments } = useAssessmentStore.getState();
  return (currentId ? assessments[currentId]?.answers : undefined) ?? {};
}
