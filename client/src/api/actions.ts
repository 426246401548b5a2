import { listOf, type List } from '@shared/schemas/common';
import {
  ActionDtoSchema,
  type ActionDto,
  type ActionStatus,
  type CreateActionInput,
  type UpdateActionInput,
} from '@shared/schemas/action';
import { CatchUpDtoSchema, type CatchUpDto } from '@shared/schemas/catchUp';
import { apiFetch, queryString } from './client';

const ActionListSchema = listOf(ActionDtoSchema);

export interface ActionListParams {
  assignee?: 'me' | string;
  owner?: 'mine' | string;
  meeting?: string;
  status?: ActionStatus;
  overdue?: 'true';
  limit?: number;
  cursor?: string | null;
}

/** Follow-ups the viewer may read, soonest due first. */
export function listActions(params: ActionListParams = {}, signal?: AbortSignal): Promise<List<ActionDto>> {
  return apiFetch(`/api/actions${queryString({ ...params })}`, { schema: ActionListSchema, signal });
}

export function getAction(id: string, signal?: AbortSignal): Promise<ActionDto> {
  return apiFetch(`/api/actions/${encodeURIComponent(id)}`, { schema: ActionDtoSchema, signal });
}

export function createAction(input: CreateActionInput): Promise<ActionDto> {
  return apiFetch('/api/actions', { method: 'POST', body: input, schema: ActionDtoSchema });
}

export function updateAction(id: string, changes: UpdateActionInput): Promise<ActionDto> {
  return apiFetch(`/api/actions/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: changes,
    schema: ActionDtoSchema,
  });
}

/** The signed-in newcomer's catch-up overview. */
export function getCatchUp(signal?: AbortSignal): Promise<CatchUpDto> {
  return apiFetch('/api/catch-up', { schema: CatchUpDtoSchema, signal });
}
