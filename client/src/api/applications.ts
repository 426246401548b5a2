import { z } from 'zod';
import { listOf, type List } from '@shared/schemas/common';
import {
  ApplicationDtoSchema,
  SubmittedApplicationSchema,
  type APPLICATION_STATUSES,
  type ApplicationDto,
  type SubmitApplicationInput,
} from '@shared/schemas/application';
import { IssuedInvitationSchema } from '@shared/schemas/invitation';
import { OrganisationDtoSchema } from '@shared/schemas/organisation';
import { apiFetch, queryString } from './client';

export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

const ApplicationListSchema = listOf(ApplicationDtoSchema);

/** What approving answers: the reviewed application, the new organisation and the contact's invitation. */
const ApprovedApplicationSchema = z.object({
  application: ApplicationDtoSchema,
  organisation: OrganisationDtoSchema,
  invitation: IssuedInvitationSchema,
});
export type ApprovedApplication = z.infer<typeof ApprovedApplicationSchema>;

export interface ApplicationListParams {
  status?: ApplicationStatus;
  cursor?: string | null;
  limit?: number;
}

/** Applies to join (public). 409 for a pending application from the same email, 429 when rate-limited. */
export function submitApplication(input: SubmitApplicationInput): Promise<{ id: string; status: 'pending' }> {
  return apiFetch('/api/applications', { method: 'POST', body: input, schema: SubmittedApplicationSchema });
}

/** The review queue, newest first (host). */
export function listApplications(
  params: ApplicationListParams = {},
  signal?: AbortSignal,
): Promise<List<ApplicationDto>> {
  return apiFetch(`/api/applications${queryString({ ...params })}`, {
    schema: ApplicationListSchema,
    signal,
  });
}

/** Approves an application: the server creates the organisation and invites the contact (host). */
export function approveApplication(id: string): Promise<ApprovedApplication> {
  return apiFetch(`/api/applications/${encodeURIComponent(id)}/approve`, {
    method: 'POST',
    schema: ApprovedApplicationSchema,
  });
}

/** Rejects an application with a reason for the applicant (host). */
export function rejectApplication(id: string, reason: string): Promise<ApplicationDto> {
  return apiFetch(`/api/applications/${encodeURIComponent(id)}/reject`, {
    method: 'POST',
    body: { reason },
    schema: ApplicationDtoSchema,
  });
}
