import type { MeetingRecord } from '../models/Meeting';
import { canReadVisibility, isHost, roleOf, type Viewer } from './index';

type MeetingSubject = Pick<MeetingRecord, 'visibility'>;

export const canReadMeeting = (viewer: Viewer, meeting: MeetingSubject) =>
  canReadVisibility(viewer, meeting.visibility);

/** Recording meetings, editing them and accepting report changes is the hosts' job. */
export const canManageMeetings = (viewer: Viewer) => isHost(viewer);

/** Members (and hosts) may propose a new version of a report they can read. */
export const canProposeReport = (viewer: Viewer, meeting: MeetingSubject) =>
  (roleOf(viewer) === 'member' || isHost(viewer)) && canReadMeeting(viewer, meeting);

/** Proposals are working drafts: signed-in readers of the meeting see them, anonymous visitors do not. */
export const canReadProposals = (viewer: Viewer, meeting: MeetingSubject) =>
  roleOf(viewer) !== null && canReadMeeting(viewer, meeting);

export const meetingAbilities = (viewer: Viewer, meeting: MeetingSubject) => ({
  edit: canManageMeetings(viewer),
  proposeReport: canProposeReport(viewer, meeting),
  reviewProposals: canManageMeetings(viewer),
});
