import type { TermRecord } from '../models/Term';
import { canReadVisibility, isHost, roleOf, type Viewer } from './index';

export const canReadTerm = (viewer: Viewer, term: Pick<TermRecord, 'visibility'>) =>
  canReadVisibility(viewer, term.visibility);

/** Members (and hosts) propose terms; they start as drafts. */
export const canProposeTerm = (viewer: Viewer) => roleOf(viewer) === 'member' || isHost(viewer);

/** Drafts are shared work any member may improve; an agreed term changes only through a host. */
export const canEditTerm = (viewer: Viewer, term: Pick<TermRecord, 'status' | 'visibility'>) =>
  isHost(viewer) || (canProposeTerm(viewer) && term.status === 'draft' && canReadTerm(viewer, term));

/** Marking a term agreed (or back to draft) is the hosts' call. */
export const canAgreeTerm = (viewer: Viewer) => isHost(viewer);
