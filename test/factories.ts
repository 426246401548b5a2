import { randomBytes } from 'node:crypto';
import type request from 'supertest';
import type { Role, Visibility } from '../shared/roles';
import { Organisation, type OrganisationRecord } from '../server/models/Organisation';
import { User, type UserRecord } from '../server/models/User';
import { Meeting, type MeetingRecord } from '../server/models/Meeting';
import { hashPassword } from '../server/features/accounts/passwords';

const uniq = () => randomBytes(4).toString('hex');
export const TEST_PASSWORD = 'correct horse battery';

export async function createOrganisation(
  over: Partial<OrganisationRecord> = {},
): Promise<OrganisationRecord> {
  const id = uniq();
  const org = await Organisation.create({
    name: `Org ${id}`,
    slug: `org-${id}`,
    category: 'civil-society',
    ...over,
  });
  return org.toObject();
}

export async function createUser(
  over: Partial<Omit<UserRecord, 'passwordHash'>> & { role?: Role; password?: string } = {},
): Promise<UserRecord & { password: string }> {
  const password = over.password ?? TEST_PASSWORD;
  const user = await User.create({
    email: `user-${uniq()}@example.test`,
    name: 'Test Person',
    role: 'member',
    ...over,
    passwordHash: await hashPassword(password),
  });
  return { ...user.toObject(), password };
}

export async function createMeeting(
  over: Partial<MeetingRecord> & { visibility?: Visibility } = {},
): Promise<MeetingRecord> {
  const id = uniq();
  const m = await Meeting.create({
    title: `Meeting ${id}`,
    slug: `meeting-${id}`,
    startsAt: new Date('2014-09-02'),
    report: '# Report',
    ...over,
  });
  return m.toObject();
}

/** Signs the agent in and fails loudly if that did not work. */
export async function signIn(agent: request.Agent, user: { email: string; password: string }) {
  const res = await agent.post('/api/auth/login').send({ email: user.email, password: user.password });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res;
}
