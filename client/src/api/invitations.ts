import { listOf, type List } from '@shared/schemas/common';
import { MeResponseSchema, type UserDto } from '@shared/schemas/auth';
import {
  InvitationDtoSchema,
  InvitationPreviewSchema,
  IssuedInvitationSchema,
  type AcceptInvitationInput,
  type CreateInvitationInput,
  type InvitationDto,
  type IssuedInvitation,
  type INVITATION_STATES,
} from '@shared/schemas/invitation';
import type { z } from 'zod';
import { apiFetch, queryString } from './client';

export type InvitationState = (typeof INVITATION_STATES)[number];
export type InvitationPreview = z.infer<typeof InvitationPreviewSchema>;

const InvitationListSchema = listOf(InvitationDtoSchema);

export interface InvitationListParams {
  state?: InvitationState;
  cursor?: string | null;
  limit?: number;
}

/** Invites someone (host). The answer holds the one-time accept link, shown only this once. */
export function createInvitation(input: CreateInvitationInput): Promise<IssuedInvitation> {
  return apiFetch('/api/invitations', { method: 'POST', body: input, schema: IssuedInvitationSchema });
}

/** Invitations, newest first (host). */
export function listInvitations(
  params: InvitationListParams = {},
  signal?: AbortSignal,
): Promise<List<InvitationDto>> {
  return apiFetch(`/api/invitations${queryString({ ...params })}`, { schema: InvitationListSchema, signal });
}

/** Withdraws a pending invitation (host); its link stops working. */
export function revokeInvitation(id: string): Promise<InvitationDto> {
  return apiFetch(`/api/invitations/${encodeURIComponent(id)}`, {
    method: 'DELETE',
    schema: InvitationDtoSchema,
  });
}

/** Withdraws the old link and issues a new one for the same person, role and organisation (host). */
export function reissueInvitation(id: string): Promise<IssuedInvitation> {
  return apiFetch(`/api/invitations/${encodeURIComponent(id)}/reissue`, {
    method: 'POST',
    schema: IssuedInvitationSchema,
  });
}

/** Who an invitation link is for. 404 for an unknown link, 410 when used, withdrawn or expired. */
export function previewInvitation(token: string, signal?: AbortSignal): Promise<InvitationPreview> {
  return apiFetch(`/api/invitations/${encodeURIComponent(token)}`, {
    schema: InvitationPreviewSchema,
    signal,
  });
}

/** Accepts an invitation: creates the account and signs the browser in as it. */
export async function acceptInvitation(token: string, input: AcceptInvitationInput): Promise<UserDto> {
  const { user } = await apiFetch(`/api/invitations/${encodeURIComponent(token)}/accept`, {
    method: 'POST',
    body: input,
    schema: MeResponseSchema,
  });
  return user;
}
