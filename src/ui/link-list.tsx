import { Link } from 'react-router';

/** A bulleted list of links within the app (the questions still to answer, say). */
export function LinkList({ links }: { links: { id: string; label: string; path: string }[] }) {
  return (
    <ul className="usa-list">
      {links.map((link) => (
        <li key={link.id}>
          <Link className="usa-link" to={link.path}>
            {link.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
