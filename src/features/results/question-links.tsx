import { Link } from 'react-router';
import { findQuestion, stepOfQuestion } from '../../assessment/question-bank';
import { questionPath } from '../../assessment/routes';

/** Links to the answers a conclusion rests on, each opening that question in the wizard. */
export function QuestionLinks({ ids, intro, max = 4 }: { ids: string[]; intro: string; max?: number }) {
  const links = ids
    .map((id) => ({ id, question: findQuestion(id), step: stepOfQuestion(id) }))
    .filter((item) => item.question && item.step)
    .slice(0, max);
  if (links.length === 0) return null;
  return (
    <p className="app-based-on">
      {intro}{' '}
      {links.map((item, index) => (
        <span key={item.id}>
          {index > 0 ? '; ' : null}
          <Link className="usa-link" to={questionPath(item.step?.id ?? '', item.id)}>
            {item.question?.label}
          </Link>
        </span>
      ))}
    </p>
  );
}
