import { listOf } from '@shared/schemas/common';
import type { List } from '@shared/schemas/common';
import {
  MeetingDtoSchema,
  MeetingSummaryDtoSchema,
  ReportProposalDtoSchema,
  type CreateMeetingInput,
  type MeetingDto,
  type MeetingSummaryDto,
  type ProposeReportInput,
  type ReportProposalDto,
  type UpdateMeetingInput,
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

const meetingPath = (slug: string) => `/api/meetings/${encodeURIComponent(slug)}`;
const ProposalListSchema = listOf(ReportProposalDtoSchema);

export function createMeeting(input: CreateMeetingInput): Promise<MeetingDto> {
  return apiFetch('/api/meetings', { method: 'POST', body: input, schema: MeetingDtoSchema });
}

export function updateMeeting(slug: string, changes: UpdateMeetingInput): Promise<MeetingDto> {
  return apiFetch(meetingPath(slug), { method: 'PATCH', body: changes, schema: MeetingDtoSchema });
}

/** Proposed, accepted and declined report versions, newest first. */
export function listReportProposals(
  slug: string,
  params: { status?: 'proposed' | 'accepted' | 'rejected'; limit?: number; cursor?: string | null } = {},
  signal?: AbortSignal,
): Promise<List<ReportProposalDto>> {
  return apiFetch(`${meetingPath(slug)}/report-proposals${queryString({ ...params })}`, {
    schema: ProposalListSchema,
    signal,
  });
}

export function proposeReport(slug: string, input: ProposeReportInput): Promise<ReportProposalDto> {
  return apiFetch(`${meetingPath(slug)}/report-proposals`, {
    method: 'POST',
    body: input,
    schema: ReportProposalDtoSchema,
  });
}

export function decideReportProposal(
  slug: string,
  id: string,
  decision: 'accept' | 'reject',
): Promise<ReportProposalDto> {
  return apiFetch(`${meetingPath(slug)}/report-proposals/${encodeURIComponent(id)}/${decision}`, {
    method: 'POST',
    schema: ReportProposalDtoSchema,
  });
}
