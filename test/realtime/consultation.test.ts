/**
 * Comments are live for readers: a submission or a disposition announces `entity:changed` for the
 * indicator to the sockets of people who may read it, and to nobody else.
 */
import type request from 'supertest';
import { startTestServer, type TestContext } from '../helpers/server';
import { connected, openSocket, sessionCookie, type TestSocket } from '../helpers/sockets';
import { createOrganisation, createUser, signIn } from '../factories';
import {
  commentVia,
  consultationCast,
  consultedParagraphs,
  indicatorInConsultation,
  type ConsultationCast,
} from '../helpers/consultation';
import { createIndicatorVia } from '../helpers/indicators';
import type { EntityChanged } from '../../shared/realtime';
import { waitUntil } from '../helpers/patience';

let ctx: TestContext;
let cast: ConsultationCast;
const sockets: TestSocket[] = [];
beforeAll(async () => {
  ctx = await startTestServer();
  cast = await consultationCast(ctx);
});
afterAll(async () => {
  sockets.forEach((s) => s.disconnect());
  await ctx.close();
});

async function listener(role: 'member' | 'observer') {
  const agent: request.Agent = ctx.agent();
  const res = await signIn(
    agent,
    await createUser({ role, organisationId: (await createOrganisation())._id }),
  );
  const socket = openSocket(ctx.url, sessionCookie(res.headers['set-cookie']));
  sockets.push(socket);
  await connected(socket);
  const heard: EntityChanged[] = [];
  socket.on('entity:changed', (x) => heard.push(x));
  return { agent, heard };
}

it('tells readers when a comment is submitted and answered, and the compilation they refetch shows it', async () => {
  const observer = await listener('observer');
  const code = await indicatorInConsultation(cast);
  const [p] = await consultedParagraphs(cast.memberA, code);
  await waitUntil('the consultation opening', () => observer.heard.some((e) => e.id === code));
  observer.heard.length = 0;

  const id = await commentVia(cast.memberA, code, p!);
  await waitUntil('draft and submission', () => observer.heard.length >= 2); // created, then submitted
  expect(observer.heard.every((e) => e.kind === 'indicator' && e.id === code)).toBe(true);
  const list = await observer.agent.get(`/api/indicators/${code}/comments`).expect(200);
  expect(list.body.items.map((c: { id: string }) => c.id)).toEqual([id]);

  observer.heard.length = 0;
  await cast.custodian
    .put(`/api/indicators/${code}/comments/${id}/disposition`)
    .send({ decision: 'noted' })
    .expect(200);
  await waitUntil('the disposition', () => observer.heard.length > 0);
  expect(observer.heard).toEqual([{ kind: 'indicator', id: code }]);
});

it('says nothing to people who may not read the indicator', async () => {
  const member = await listener('member');
  const hidden = await indicatorInConsultation(cast, { visibility: 'hosts' });
  const [p] = await consultedParagraphs(cast.host, hidden);
  await commentVia(cast.host, hidden, p!);
  // A members indicator created afterwards is the barrier: its event arrives after any about the
  // hidden one would have (one process, one socket, in order).
  const barrier = await createIndicatorVia(cast.memberA, { visibility: 'members' });
  await waitUntil('the barrier event', () => member.heard.some((e) => e.id === barrier));
  expect(member.heard.filter((e) => e.id === hidden)).toEqual([]);
});
