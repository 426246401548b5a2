import type { Visibility } from '@shared/roles';
import { canReadVisibility, isHost, roleOf, type Viewer } from './index';

export interface ThreadSubject {
  visibility: Visibility;
  locked: boolean;
}

/** Reading a thread, over HTTP or by joining its room, follows its visibility. */
export const canReadThread = (viewer: Viewer, thread: ThreadSubject) =>
  canReadVisibility(viewer, thread.visibility);

const canWrite = (viewer: Viewer) => roleOf(viewer) === 'member' || isHost(viewer);

/** Members and hosts post in threads they can read, unless the thread is locked. */
export const canPostInThread = (viewer: Viewer, thread: ThreadSubject) =>
  canWrite(viewer) && canReadThread(viewer, thread) && !thread.locked;

/** Members and hosts start threads; only hosts may make one hosts-only. */
export const canCreateThread = (viewer: Viewer, visibility: Visibility) =>
  canWrite(viewer) && (visibility !== 'hosts' || isHost(viewer));

export const canLockThread = (viewer: Viewer) => isHost(viewer);

/** Authors edit their own messages while the thread is open; hosts (moderating) and those authors delete them. */
export const canEditMessage = (viewer: Viewer, thread: ThreadSubject, authorId: string) =>
  canWrite(viewer) && !!viewer && String(viewer._id) === authorId && !thread.locked;
export const canDeleteMessage = (viewer: Viewer, thread: ThreadSubject, authorId: string) =>
  isHost(viewer) || canEditMessage(viewer, thread, authorId);
