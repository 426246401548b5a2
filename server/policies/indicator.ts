import type { Membership, Visibility } from '@shared/roles';
import type { IndicatorStatus } from '@shared/schemas/indicator';
import { canReadVisibility, isHost, roleOf, type Viewer } from './index';

/** What the indicator rules need to know about an indicator. */
export interface IndicatorSubject {
  visibility: Visibility;
  status: IndicatorStatus;
  createdBy?: { toString(): string } | null;
}

const canWrite = (viewer: Viewer) => roleOf(viewer) === 'member' || isHost(viewer);

/** Anonymous visitors read public indicators; observers and members read members ones too. */
export const canReadIndicator = (viewer: Viewer, ind: Pick<IndicatorSubject, 'visibility'>) =>
  canReadVisibility(viewer, ind.visibility);

/** Members and hosts draft new indicators; only hosts may restrict one to hosts. */
export const canCreateIndicator = (viewer: Viewer, visibility: Visibility) =>
  canWrite(viewer) && (visibility !== 'hosts' || isHost(viewer));

/** Members and hosts save revisions of indicators they can read (the lifecycle decides when). */
export const canEditIndicator = (viewer: Viewer, ind: IndicatorSubject) =>
  canWrite(viewer) && canReadIndicator(viewer, ind);

/**
 * Translations (and correcting the language an indicator is written in): the people who may revise
 * it, at any stage: a translation changes no word of the text of record, so an endorsed indicator
 * is translated too. A translation is read by exactly those who read the indicator (it is kept on it).
 */
export const canTranslateIndicator = (viewer: Viewer, ind: IndicatorSubject) => canEditIndicator(viewer, ind);

/**
 * Who may change who reads an indicator after it was created:
 * - hosts, at any stage and to any visibility;
 * - the member who created it, while it is still `proposed` or `drafting` (their own work in
 *   progress, nobody has been consulted on it yet), to `public` or `members` only — as when
 *   creating, only hosts restrict an indicator to hosts. From consultation on, the audience of an
 *   indicator the coalition responds to or endorses is the hosts' call.
 */
export const canChangeIndicatorVisibility = (viewer: Viewer, ind: IndicatorSubject, to?: Visibility) =>
  isHost(viewer) ||
  (roleOf(viewer) === 'member' &&
    canReadIndicator(viewer, ind) &&
    ind.createdBy != null &&
    String(ind.createdBy) === String(viewer?._id) &&
    (ind.status === 'proposed' || ind.status === 'drafting') &&
    to !== 'hosts');

/** Which status changes exist at all; `retired` is the end of the road. */
export const TRANSITIONS: Record<IndicatorStatus, IndicatorStatus[]> = {
  proposed: ['drafting', 'retired'],
  drafting: ['consultation', 'retired'],
  consultation: ['drafting', 'endorsed', 'retired'],
  endorsed: ['retired'],
  retired: [],
};

/**
 * Hosts run the lifecycle. Members may only take a proposal into drafting: that starts shared
 * work and binds nobody, whereas consultations, endorsement and retirement speak for the coalition.
 */
export const canTransition = (viewer: Viewer, from: IndicatorStatus, to: IndicatorStatus) =>
  TRANSITIONS[from].includes(to) &&
  (isHost(viewer) || (roleOf(viewer) === 'member' && from === 'proposed' && to === 'drafting'));

export const canOverrideEndorsement = (viewer: Viewer) => isHost(viewer);

/** Positions are read by signed-in readers of the indicator (they name organisations). */
export const canReadPositions = (viewer: Viewer, ind: IndicatorSubject) =>
  roleOf(viewer) !== null && canReadIndicator(viewer, ind);

/** A member or host of a member organisation records that organisation's position, and only its own. */
export const canRecordPosition = (
  viewer: Viewer,
  ind: IndicatorSubject,
  organisation: { membership: Membership } | null,
) => canWrite(viewer) && canReadIndicator(viewer, ind) && organisation?.membership === 'member';

/** What the viewer may do with an indicator, sent with it so the client shows the right controls. */
export const indicatorAbilities = (
  viewer: Viewer,
  ind: IndicatorSubject,
  organisation: { membership: Membership } | null,
) => ({
  edit: canEditIndicator(viewer, ind) && ['proposed', 'drafting', 'consultation'].includes(ind.status),
  transitions: TRANSITIONS[ind.status].filter((to) => canTransition(viewer, ind.status, to)),
  override: canOverrideEndorsement(viewer),
  recordPosition: ind.status === 'consultation' && canRecordPosition(viewer, ind, organisation),
  readPositions: canReadPositions(viewer, ind),
  changeVisibility: canChangeIndicatorVisibility(viewer, ind),
  translate: canTranslateIndicator(viewer, ind),
});
