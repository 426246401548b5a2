import type { z } from 'zod';
import type { UserDto } from '@shared/schemas/auth';
import type { List } from '@shared/schemas/common';
import type { ApplicationDto, ApplicationListQuerySchema } from '@shared/schemas/application';
import type {
  InvitationDto,
  InvitationListQuerySchema,
  InvitationPreviewSchema,
} from '@shared/schemas/invitation';
import type { AdminUserDto, PasswordResetPreviewSchema, UserListQuerySchema } from '@shared/schemas/user';
import type { InvitationRecord } from '../../models/Invitation';
import type { MembershipApplicationRecord } from '../../models/MembershipApplication';
import type { UserRecord } from '../../models/User';
import { NotFoundError } from '../../errors';
import { authorize, type Viewer } from '../../policies/index';
import { canAdminister } from '../../policies/admin';
import { organisationsById } from '../organisations/organisations';
import { emailOf } from './userDirectory';
import { userNames } from './peopleNames';
import { findUsers } from './userAdmin';
import { findInvitations, findUsableInvitation } from './invitations';
import { findApplications } from './applications';
import { findUsableReset } from './passwordResets';
import { presentUser } from './userPresenter';
import { presentAdminUser } from './adminUserPresenter';
import { presentInvitation, presentInvitationPreview } from './invitationPresenter';
import { presentApplication } from './applicationPresenter';

/** What the client is told about the signed-in user. */
export type SignedIn = { user: UserDto };

/** The account with its organisation, as its owner sees it. */
export async function userView(user: UserRecord): Promise<UserDto> {
  const organisations = await organisationsById([user.organisationId]);
  return presentUser(
    user,
    user.organisationId ? (organisations.get(String(user.organisationId)) ?? null) : null,
  );
}

/** The signed-in user. */
export async function myAccount(user: Express.User): Promise<SignedIn> {
  return { user: await userView(user) };
}

/** "Who am I" for any visitor: the signed-in user, or null for an anonymous one. */
export async function currentSession(user: Express.User | undefined): Promise<{ user: UserDto | null }> {
  return { user: user ? await userView(user) : null };
}

/** Users for the admin area, with their organisations resolved in one query. */
export async function adminUserViews(users: UserRecord[]): Promise<AdminUserDto[]> {
  const organisations = await organisationsById(users.map((u) => u.organisationId));
  const now = Date.now();
  return users.map((u) => presentAdminUser(u, organisations, now));
}

/** Users with filters and search, by name (hosts). */
export async function listUsers(
  viewer: Viewer,
  q: z.infer<typeof UserListQuerySchema>,
): Promise<List<AdminUserDto>> {
  authorize(canAdminister(viewer), viewer);
  const page = await findUsers(q);
  return { items: await adminUserViews(page.items), nextCursor: page.nextCursor };
}

/** Invitations with their organisations and inviters resolved in two queries. */
export async function invitationViews(items: InvitationRecord[]): Promise<InvitationDto[]> {
  const [organisations, names] = await Promise.all([
    organisationsById(items.map((i) => i.organisationId)),
    userNames(items.map((i) => i.invitedBy)),
  ]);
  return items.map((i) => presentInvitation(i, organisations, names));
}

/** Invitations, newest first (hosts). */
export async function listInvitations(
  viewer: Viewer,
  q: z.infer<typeof InvitationListQuerySchema>,
): Promise<List<InvitationDto>> {
  authorize(canAdminister(viewer), viewer);
  const page = await findInvitations(q);
  return { items: await invitationViews(page.items), nextCursor: page.nextCursor };
}

/** What an invitation link is for; the token is the permission (unusable ones answer 404 or 410). */
export async function previewInvitation(token: string): Promise<z.infer<typeof InvitationPreviewSchema>> {
  const inv = await findUsableInvitation(token);
  const organisations = await organisationsById([inv.organisationId]);
  return presentInvitationPreview(inv, organisations.get(String(inv.organisationId)) ?? null);
}

/** Applications with their reviewers named in one query. */
export async function applicationViews(items: MembershipApplicationRecord[]): Promise<ApplicationDto[]> {
  const names = await userNames(items.map((a) => a.reviewerId));
  return items.map((a) => presentApplication(a, names));
}

/** The review queue, newest first (hosts). */
export async function listApplications(
  viewer: Viewer,
  q: z.infer<typeof ApplicationListQuerySchema>,
): Promise<List<ApplicationDto>> {
  authorize(canAdminister(viewer), viewer);
  const page = await findApplications(q);
  return { items: await applicationViews(page.items), nextCursor: page.nextCursor };
}

/** Whom a password-reset link is for; the token is the permission (unusable ones answer 404 or 410). */
export async function previewPasswordReset(
  token: string,
): Promise<z.infer<typeof PasswordResetPreviewSchema>> {
  const reset = await findUsableReset(token);
  const email = await emailOf(reset.userId);
  if (email === null) throw new NotFoundError('Password reset link');
  return { email, expiresAt: reset.expiresAt.toISOString() };
}
