import { Types } from 'mongoose';
import { Thread } from '../models/Thread';
import { Message } from '../models/Message';
import { User } from '../models/User';
import { Indicator } from '../models/Indicator';
import { notify } from '../features/notifications/notifications';
import { excerptOf } from '../lib/excerpt';
import { isDuplicateKey } from '../errors';

/** The demo conversation on CSAM-01, written by us for the demo (not from the session report). */
const MESSAGES = [
  {
    author: 'hotline@example.org',
    body: 'I have added the notice route to the disaggregation. Should removal count from the first notice to the host, or from the confirmation by the hotline?',
  },
  {
    author: 'member@example.org',
    body: 'From the first notice, I think: that is the moment the provider knows. The confirmation time could be a second, optional measure.',
  },
  {
    author: 'hotline@example.org',
    body: '@Maya Member agreed. I have raised a concern in the consultation so the verification step is written down before we endorse.',
    mentions: ['member@example.org'],
    replyTo: 1,
  },
];

/**
 * A short discussion on the CSAM-01 draft with a mention of the demo member, so the thread, the
 * unread counts and the notification centre have something to show. Created once: the thread's
 * unique subject key makes a second run a no-op.
 */
export async function seedDemoDiscussion(): Promise<void> {
  const indicator = await Indicator.findOne({ code: 'CSAM-01' }, { _id: 1, title: 1 }).lean();
  if (!indicator) return;
  const subjectKey = `indicator:${String(indicator._id)}`;
  if (await Thread.exists({ subjectKey })) return;
  const people = await User.find(
    { email: { $in: MESSAGES.map((m) => m.author).concat(['member@example.org']) } },
    { email: 1, name: 1 },
  ).lean();
  const idOf = new Map(people.map((p) => [p.email, p._id]));
  if (MESSAGES.some((m) => !idOf.has(m.author))) return;
  const thread = await Thread.create({
    title: `CSAM-01: ${indicator.title}`,
    visibility: 'members',
    subjectType: 'indicator',
    subjectId: indicator._id,
    subjectKey,
    createdBy: idOf.get(MESSAGES[0]!.author),
  }).catch((err: unknown) => {
    if (isDuplicateKey(err)) return null; // another instance seeded it at the same moment
    throw err;
  });
  if (!thread) return;
  const ids: Types.ObjectId[] = [];
  const start = Date.now() - 3 * 3_600_000;
  for (const [i, m] of MESSAGES.entries()) {
    const _id = new Types.ObjectId();
    ids.push(_id);
    await Message.create({
      _id,
      threadId: thread._id,
      seq: i + 1,
      authorId: idOf.get(m.author),
      clientId: `demo-seed-${i + 1}`,
      body: m.body,
      replyTo: m.replyTo ? ids[m.replyTo - 1] : null,
      mentions: (m.mentions ?? []).map((e) => idOf.get(e)!),
      createdAt: new Date(start + i * 20 * 60_000),
    });
  }
  const last = new Date(start + (MESSAGES.length - 1) * 20 * 60_000);
  await Thread.updateOne({ _id: thread._id }, { $set: { lastSeq: MESSAGES.length, lastMessageAt: last } });
  const mention = MESSAGES[2]!;
  await notify({
    recipients: [idOf.get('member@example.org')!],
    kind: 'mention',
    actorId: idOf.get(mention.author)!,
    subject: { type: 'thread', id: thread._id },
    link: `/discussions/${String(thread._id)}#m3`,
    params: { actor: people.find((p) => p.email === mention.author)!.name, thread: thread.title },
    excerpt: excerptOf(mention.body),
  });
}
