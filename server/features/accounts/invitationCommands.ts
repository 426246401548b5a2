import type { z } from 'zod';
import type {
  AcceptInvitationSchema,
  CreateInvitationSchema,
  InvitationDto,
  IssuedInvitation,
} from '@shared/schemas/invitation';
import type { Language } from '@shared/i18n/languages';
import { authorize } from '../../policies/index';
import { canAdminister } from '../../policies/admin';
import type { Actor } from '../actor';
import {
  acceptInvitation,
  createInvitation,
  reissueInvitation,
  revokeInvitation,
  type InvitationContext,
  type IssuedInvitationRecord,
} from './invitations';
import type { SessionHandle } from './accountCommands';
import { invitationViews, userView, type SignedIn } from './queries';

/** How an invitation reaches its person: the link's origin, its lifetime, the mailer and the host's language. */
export type InvitationDelivery = Omit<InvitationContext, 'actorId' | 'ip'>;

/** The context the invitation service works in, for this host. */
export const invitationContextOf = (actor: Actor, delivery: InvitationDelivery): InvitationContext => ({
  actorId: actor._id,
  ip: actor.ip ?? null,
  ...delivery,
});

/** An issued invitation with its record presented (the token and link are shown this once). */
export async function issuedView(issued: IssuedInvitationRecord): Promise<IssuedInvitation> {
  const [invitation] = await invitationViews([issued.invitation]);
  return {
    invitation: invitation!,
    token: issued.token,
    acceptUrl: issued.acceptUrl,
    emailed: issued.emailed,
  };
}

/** A host invites someone; the answer carries the one-time accept link. */
export async function invite(
  actor: Actor,
  input: z.infer<typeof CreateInvitationSchema>,
  delivery: InvitationDelivery,
): Promise<IssuedInvitation> {
  authorize(canAdminister(actor), actor);
  return issuedView(await createInvitation(input, invitationContextOf(actor, delivery)));
}

/** A host withdraws a pending invitation. */
export async function withdrawInvitation(actor: Actor, id: string): Promise<InvitationDto> {
  authorize(canAdminister(actor), actor);
  const [view] = await invitationViews([
    await revokeInvitation(id, { actorId: actor._id, ip: actor.ip ?? null }),
  ]);
  return view!;
}

/** A host withdraws the old link and issues a new one for the same person and role. */
export async function reissueInvitationLink(
  actor: Actor,
  id: string,
  delivery: InvitationDelivery,
): Promise<IssuedInvitation> {
  authorize(canAdminister(actor), actor);
  return issuedView(await reissueInvitation(id, invitationContextOf(actor, delivery)));
}

/** The invitee sets a name and password; the account is made and signed in. */
export async function joinByInvitation(
  token: string,
  input: z.infer<typeof AcceptInvitationSchema>,
  ip: string | null,
  /** The language the invitee chose as a visitor, kept on the new account. */
  language: Language | null,
  session: SessionHandle,
): Promise<SignedIn> {
  const user = await acceptInvitation(token, input.name, input.password, ip, language);
  await session.signIn(user);
  return { user: await userView(user) };
}
