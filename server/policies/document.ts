import { readableVisibilities, type Visibility } from '@shared/roles';
import { canReadVisibility, isHost, roleOf, type Viewer } from './index';

/** What the document rules need to know about a document. */
export interface DocumentSubject {
  visibility: Visibility;
  archived: boolean;
  ownerId: string;
}

const isOwner = (viewer: Viewer, doc: DocumentSubject) => !!viewer && String(viewer._id) === doc.ownerId;

/** Readable by visibility; an archived document only by its owner and hosts. */
export const canReadDocument = (viewer: Viewer, doc: DocumentSubject) =>
  canReadVisibility(viewer, doc.visibility) && (!doc.archived || isOwner(viewer, doc) || isHost(viewer));

/** Members and hosts upload; observers and anonymous visitors only read. */
export const canUploadDocument = (viewer: Viewer) => roleOf(viewer) === 'member' || isHost(viewer);

/** Only hosts may restrict a document to hosts (a member could not read it back). */
export const canUseVisibility = (viewer: Viewer, visibility: Visibility) =>
  visibility !== 'hosts' || isHost(viewer);

/** Editing metadata, new versions, archiving and restoring: the owner (still a member) or a host. */
export const canManageDocument = (viewer: Viewer, doc: DocumentSubject) =>
  isHost(viewer) || (roleOf(viewer) === 'member' && isOwner(viewer, doc));

/** What the viewer may do with a document, sent with it so the client shows the right buttons. */
export const documentAbilities = (viewer: Viewer, doc: DocumentSubject) => {
  const manage = canManageDocument(viewer, doc);
  // An archived document takes no new versions until it is restored.
  return { edit: manage, archive: manage, addVersion: manage && !doc.archived };
};

/**
 * canReadDocument as a predicate for filtering many documents: the viewer's facts are worked out
 * once, and each call allocates nothing (the library's search runs it for every match).
 */
export function documentReadFilter(viewer: Viewer) {
  const visible = new Set(readableVisibilities(roleOf(viewer)));
  const host = isHost(viewer);
  const viewerId = viewer ? String(viewer._id) : null;
  return (visibility: Visibility, archived: boolean, ownerId: string) =>
    visible.has(visibility) && (!archived || host || ownerId === viewerId);
}
