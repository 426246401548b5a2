import { readableVisibilities, type Role, type Visibility } from '@shared/roles';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../errors';

/** Who is asking: a signed-in user (lean record) or nobody. */
export type Viewer = Pick<Express.User, '_id' | 'role' | 'organisationId' | 'status'> | null | undefined;

export const roleOf = (viewer: Viewer): Role | null =>
  viewer && viewer.status === 'active' ? viewer.role : null;

/** May this viewer read an item with this visibility? */
export const canReadVisibility = (viewer: Viewer, visibility: Visibility): boolean =>
  readableVisibilities(roleOf(viewer)).includes(visibility);

/** The visibility filter to apply to list queries for this viewer. */
export const visibilityFilter = (viewer: Viewer) => ({
  visibility: { $in: readableVisibilities(roleOf(viewer)) },
});

export const isHost = (viewer: Viewer) => roleOf(viewer) === 'host';

/**
 * Throws when the rule says no. Anonymous callers get 401 so clients know to sign in.
 * With `hide`, a refusal reads as 404 so the item's existence is not revealed.
 */
export function authorize(allowed: boolean, viewer: Viewer, opts: { hide?: string } = {}): void {
  if (allowed) return;
  if (opts.hide) throw new NotFoundError(opts.hide);
  if (!roleOf(viewer)) throw new UnauthenticatedError();
  throw new ForbiddenError();
}
