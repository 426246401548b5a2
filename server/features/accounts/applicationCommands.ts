import type { z } from 'zod';
import type {
  ApplicationDto,
  ApprovedApplication,
  SubmitApplicationSchema,
} from '@shared/schemas/application';
import { authorize } from '../../policies/index';
import { canAdminister } from '../../policies/admin';
import type { Actor } from '../actor';
import { presentOrganisation } from '../organisations/organisationPresenter';
import { approveApplication, rejectApplication, submitApplication } from './applications';
import { invitationContextOf, issuedView, type InvitationDelivery } from './invitationCommands';
import { applicationViews } from './queries';

/** Anyone applies to join (the route limits how often per address); a host reviews it later. */
export async function applyToJoin(
  input: z.infer<typeof SubmitApplicationSchema>,
  ip: string | null,
): Promise<{ id: string; status: 'pending' }> {
  const created = await submitApplication(input, ip);
  return { id: String(created._id), status: 'pending' };
}

/** A host approves: the organisation is created and its contact invited. */
export async function approveMembership(
  actor: Actor,
  id: string,
  delivery: InvitationDelivery,
): Promise<ApprovedApplication> {
  authorize(canAdminister(actor), actor);
  const result = await approveApplication(id, invitationContextOf(actor, delivery));
  const [application] = await applicationViews([result.application]);
  return {
    application: application!,
    organisation: presentOrganisation(result.organisation),
    invitation: await issuedView(result.invitation),
  };
}

/** A host rejects, giving the applicant a reason. */
export async function rejectMembership(actor: Actor, id: string, reason: string): Promise<ApplicationDto> {
  authorize(canAdminister(actor), actor);
  const [view] = await applicationViews([
    await rejectApplication(id, reason, { actorId: actor._id, ip: actor.ip ?? null }),
  ]);
  return view!;
}
