import { Link } from 'react-router';
import { ApiError } from '../api/client';
import { ErrorMessage } from './QueryStatus';

type LinkKind = 'invitation' | 'password reset';

/** Whether the server said the link is malformed (400), unknown (404) or used up (410). */
export const isDeadLink = (error: unknown) =>
  error instanceof ApiError && [400, 404, 410].includes(error.status);

/** The page body for an invitation or password-reset link that cannot be used, with what to do next. */
export function OneTimeLinkProblem({
  kind,
  error,
  onRetry,
}: {
  kind: LinkKind;
  error: unknown;
  onRetry: () => void;
}) {
  if (!isDeadLink(error)) {
    return (
      <>
        <h1>{kind === 'invitation' ? 'Accept your invitation' : 'Set a new password'}</h1>
        <ErrorMessage error={error} onRetry={onRetry} title="The link could not be checked" />
      </>
    );
  }
  const gone = error instanceof ApiError && error.status === 410;
  const askFor = kind === 'invitation' ? 'a new invitation' : 'a new password-reset link';
  return (
    <div data-testid="dead-link">
      <h1>{gone ? `This ${kind} link can no longer be used` : `This ${kind} link does not work`}</h1>
      <div className="notice notice--info">
        <p>
          {gone && error instanceof ApiError
            ? error.message
            : `Check that you copied the whole link. If it still does not work, ask a workspace host for ${askFor}.`}
        </p>
      </div>
      <ul className="inline-links">
        <li>
          <Link to="/sign-in">Sign in</Link>
        </li>
        <li>
          <Link to="/">Home page</Link>
        </li>
      </ul>
    </div>
  );
}
