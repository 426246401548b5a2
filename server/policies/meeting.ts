import type { MeetingRecord } from '../models/Meeting';
import { canReadVisibility, type Viewer } from './index';

export const canReadMeeting = (viewer: Viewer, meeting: Pick<MeetingRecord, 'visibility'>) =>
  canReadVisibility(viewer, meeting.visibility);
