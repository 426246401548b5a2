import { Link, useRouteError } from 'react-router';
import { useDocumentTitle } from '../hooks/useDocumentTitle';

/** Shown when a page crashes while rendering: a plain apology and a way back. */
export function RouteError() {
  useRouteError();
  useDocumentTitle('Something went wrong');
  return (
    <div className="page page--narrow">
      <h1>Something went wrong</h1>
      <p>
        This page ran into a problem. Reloading often helps; if it keeps happening, tell a workspace host.
      </p>
      <p>
        <Link to="/" reloadDocument className="button">
          Back to the home page
        </Link>
      </p>
    </div>
  );
}
