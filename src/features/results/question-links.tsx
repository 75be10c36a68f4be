import { Link } from 'react-router';
import { questionLinks } from '../../assessment/question-links';

/** Links to the answers a conclusion rests on, each opening that question in the wizard. */
export function QuestionLinks({ ids, intro, max = 4 }: { ids: string[]; intro: string; max?: number }) {
  const links = questionLinks(ids).slice(0, max);
  if (links.length === 0) return null;
  return (
    <p className="app-based-on">
      {intro}{' '}
      {links.map((item, index) => (
        <span key={item.id}>
          {index > 0 ? '; ' : null}
          <Link className="usa-link" to={item.path}>
            {item.label}
          </Link>
        </span>
      ))}
    </p>
  );
}
