import type { z } from 'zod';
import type { List } from '@shared/schemas/common';
import type { MeetingDto, MeetingListQuerySchema, MeetingSummaryDto } from '@shared/schemas/meeting';
import { authorize, type Viewer } from '../../policies/index';
import { canReadMeeting } from '../../policies/meeting';
import type { MeetingRecord } from '../../models/Meeting';
import { findMeetings, loadMeeting, meetingRefs } from './meetings';
import { presentMeeting, presentMeetingSummary } from './meetingPresenter';

/** Meetings the viewer may read, newest first. */
export async function listMeetings(
  viewer: Viewer,
  q: z.infer<typeof MeetingListQuerySchema>,
): Promise<List<MeetingSummaryDto>> {
  const page = await findMeetings(viewer, q);
  return { items: page.items.map(presentMeetingSummary), nextCursor: page.nextCursor };
}

/** A meeting the viewer may read; anything else is "not found", so its existence is not revealed. */
export async function readableMeeting(viewer: Viewer, slug: string): Promise<MeetingRecord> {
  const meeting = await loadMeeting(slug);
  authorize(canReadMeeting(viewer, meeting), viewer, { hide: 'Meeting' });
  return meeting;
}

/** The full meeting: organisations, and the presentation documents the viewer may read. */
export async function meetingView(meeting: MeetingRecord, viewer: Viewer): Promise<MeetingDto> {
  return presentMeeting(meeting, await meetingRefs(meeting, viewer), viewer);
}

export async function readMeeting(viewer: Viewer, slug: string): Promise<MeetingDto> {
  return meetingView(await readableMeeting(viewer, slug), viewer);
}
