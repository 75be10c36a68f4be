import { findQuestion, stepOfQuestion } from './question-bank';
import { questionPath } from './routes';

/** A question as a link: its label, and the address that opens it in the wizard. */
export type QuestionLink = { id: string; label: string; path: string };

/** The questions of these ids that the bank has, as links, in the order given. */
export function questionLinks(ids: readonly string[]): QuestionLink[] {
  return ids.flatMap((id) => {
    const question = findQuestion(id);
    const step = stepOfQuestion(id);
    return question && step ? [{ id, label: question.label, path: questionPath(step.id, id) }] : [];
  });
}
