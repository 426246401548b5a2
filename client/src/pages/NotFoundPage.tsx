import { Link } from 'react-router';
import { useDocumentTitle } from '../hooks/useDocumentTitle';

export function NotFoundPage() {
  useDocumentTitle('Page not found');
  return (
    <div className="page page--narrow" data-testid="not-found">
      <h1>Page not found</h1>
      <p>There is nothing at this address. It may have moved, or the link may be mistyped.</p>
      <ul className="inline-links">
        <li>
          <Link to="/">Home</Link>
        </li>
        <li>
          <Link to="/meetings">Meetings</Link>
        </li>
        <li>
          <Link to="/members">Member directory</Link>
        </li>
      </ul>
    </div>
  );
}
