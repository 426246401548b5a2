import type { z } from 'zod';
import type { CreateMeetingSchema, MeetingDto, UpdateMeetingSchema } from '@shared/schemas/meeting';
import { authorize } from '../../policies/index';
import { canManageMeetings } from '../../policies/meeting';
import type { Actor } from '../actor';
import { createMeeting, updateMeeting } from './meetings';
import { meetingView, readableMeeting } from './queries';

/** A host records a meeting. */
export async function recordMeeting(
  actor: Actor,
  input: z.infer<typeof CreateMeetingSchema>,
): Promise<MeetingDto> {
  authorize(canManageMeetings(actor), actor);
  return meetingView(await createMeeting(input, actor), actor);
}

/** A host edits a meeting; a changed report becomes its next version (409 if it moved on meanwhile). */
export async function editMeeting(
  actor: Actor,
  slug: string,
  changes: z.infer<typeof UpdateMeetingSchema>,
): Promise<MeetingDto> {
  const meeting = await readableMeeting(actor, slug);
  authorize(canManageMeetings(actor), actor);
  return meetingView(await updateMeeting(meeting, changes, actor), actor);
}
