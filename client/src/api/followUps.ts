import { listOf, type List } from '@shared/schemas/common';
import {
  FollowUpDtoSchema,
  type FollowUpDto,
  type FollowUpStatus,
  type CreateFollowUpInput,
  type UpdateFollowUpInput,
} from '@shared/schemas/followUp';
import { apiFetch, queryString } from './client';

const FollowUpListSchema = listOf(FollowUpDtoSchema);

export interface FollowUpListParams {
  assignee?: 'me' | string;
  owner?: 'mine' | string;
  meeting?: string;
  status?: FollowUpStatus;
  overdue?: 'true';
  limit?: number;
  cursor?: string | null;
}

/** Follow-ups the viewer may read, soonest due first. */
export function listFollowUps(
  params: FollowUpListParams = {},
  signal?: AbortSignal,
): Promise<List<FollowUpDto>> {
  return apiFetch(`/api/follow-ups${queryString({ ...params })}`, { schema: FollowUpListSchema, signal });
}

export function getFollowUp(id: string, signal?: AbortSignal): Promise<FollowUpDto> {
  return apiFetch(`/api/follow-ups/${encodeURIComponent(id)}`, { schema: FollowUpDtoSchema, signal });
}

export function createFollowUp(input: CreateFollowUpInput): Promise<FollowUpDto> {
  return apiFetch('/api/follow-ups', { method: 'POST', body: input, schema: FollowUpDtoSchema });
}

export function updateFollowUp(id: string, changes: UpdateFollowUpInput): Promise<FollowUpDto> {
  return apiFetch(`/api/follow-ups/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: changes,
    schema: FollowUpDtoSchema,
  });
}
