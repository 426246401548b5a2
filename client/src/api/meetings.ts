import { listOf } from '@shared/schemas/common';
import type { List } from '@shared/schemas/common';
import {
  MeetingDtoSchema,
  MeetingSummaryDtoSchema,
  type MeetingDto,
  type MeetingSummaryDto,
} from '@shared/schemas/meeting';
import { apiFetch, queryString } from './client';

const MeetingListSchema = listOf(MeetingSummaryDtoSchema);

export interface MeetingListParams {
  limit?: number;
  cursor?: string | null;
  year?: number;
}

/** Meetings the viewer may read, newest first. */
export function listMeetings(
  params: MeetingListParams = {},
  signal?: AbortSignal,
): Promise<List<MeetingSummaryDto>> {
  return apiFetch(`/api/meetings${queryString({ ...params })}`, { schema: MeetingListSchema, signal });
}

export function getMeeting(slug: string, signal?: AbortSignal): Promise<MeetingDto> {
  return apiFetch(`/api/meetings/${encodeURIComponent(slug)}`, { schema: MeetingDtoSchema, signal });
}
