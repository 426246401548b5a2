/**
 * Reminders N days before a consultation closes: once per round, to the members and hosts of the
 * organisations that have not responded, and only to people who may read the indicator; the job
 * runs once across instances (schedulePeriodic).
 */
import { startTestServer, type TestContext } from '../helpers/server';
import { consultationCast, indicatorInConsultation, type ConsultationCast } from '../helpers/consultation';
import { Notification } from '../../server/models/Notification';
import { Organisation } from '../../server/models/Organisation';
import { createLogger } from '../../server/logger';
import {
  sendConsultationReminders,
  startConsultationReminders,
} from '../../server/features/consultation/reminders';

let ctx: TestContext;
let cast: ConsultationCast;
beforeAll(async () => {
  ctx = await startTestServer();
  await Organisation.deleteMany({});
  cast = await consultationCast(ctx);
});
afterAll(() => ctx.close());

const DAY = 864e5;
const closingIn = (days: number) => ({ closesAt: new Date(Date.now() + days * DAY).toISOString() });
const remindersFor = (code: string) =>
  Notification.find({ kind: 'consultation-reminder', text: new RegExp(code) }).lean();

async function consultationClosingIn(days: number, over: Record<string, unknown> = {}) {
  const code = await indicatorInConsultation(cast, over);
  // Re-open it with the closing date wanted (the helper opens one closing in a week).
  await cast.host
    .post(`/api/indicators/${code}/status`)
    .send({ to: 'drafting', reason: 'Reset' })
    .expect(200);
  await cast.host
    .post(`/api/indicators/${code}/status`)
    .send({ to: 'consultation', reason: 'Again', ...closingIn(days) })
    .expect(200);
  return code;
}

it('reminds the organisations that have not responded, once, and not before the window opens', async () => {
  const soon = await consultationClosingIn(2);
  const later = await consultationClosingIn(20);
  await cast.memberB.put(`/api/indicators/${soon}/positions`).send({ stance: 'support' }).expect(200);

  await sendConsultationReminders(3, 0.5);
  const sent = await remindersFor(soon);
  const recipients = sent.map((n) => String(n.recipientId)).sort();
  // Organisation A's two members, the custodian's member and the host; not B (responded), not the observer.
  expect(recipients).toEqual(
    [cast.ids.memberA, cast.ids.colleagueA, cast.ids.custodian, cast.ids.host].sort(),
  );
  expect(sent[0]).toMatchObject({ link: `/indicators/${soon}#positions-heading`, subjectType: 'indicator' });
  expect(sent[0]!.text).toMatch(/has not recorded its position/);
  expect(await remindersFor(later)).toHaveLength(0);

  await sendConsultationReminders(3, 0.5);
  expect(await remindersFor(soon)).toHaveLength(4); // not twice
});

it('reminds nobody who may not read the indicator', async () => {
  const hidden = await consultationClosingIn(1, { visibility: 'hosts' });
  await sendConsultationReminders(3, 0.5);
  const sent = await remindersFor(hidden);
  expect(sent.map((n) => String(n.recipientId))).toEqual([cast.ids.host]);
});

it('runs the job once per period across instances', async () => {
  const code = await consultationClosingIn(2);
  const log = createLogger('silent');
  const config = { consultationReminderDays: 3, indicatorQuorum: 0.5 };
  const [a, b] = [startConsultationReminders(config, log), startConsultationReminders(config, log)];
  try {
    const now = Date.now();
    const ran = await Promise.all([a.runNow(now), b.runNow(now)]);
    expect(ran.filter(Boolean)).toHaveLength(1);
    expect((await remindersFor(code)).length).toBeGreaterThan(0);
  } finally {
    await Promise.all([a.stop(), b.stop()]);
  }
});
