import type { Types } from 'mongoose';
import type { MessageRecord } from '../../server/models/Message';
import type { ThreadRecord } from '../../server/models/Thread';
import type { ReadStateRecord } from '../../server/models/ReadState';
import type { NotificationRecord } from '../../server/models/Notification';
import { roleReads, type Person, type World } from './world';
import { planThreads, type ThreadPlan } from './threads';

export interface DiscussionData {
  threads: ThreadRecord[];
  messages: MessageRecord[];
  readStates: ReadStateRecord[];
  /** The members-only thread of 500 messages the benchmark pages through. */
  measuredThreadId: Types.ObjectId;
}

/**
 * 100,000 messages in 200 threads, numbered 1..n per thread with each thread's lastSeq and
 * lastMessageAt matching; replies to recent messages, @mentions (with the name in the body, as
 * the composer writes them), a few edits and deletions. Every reply and mention becomes a
 * notification candidate, as notifyAboutMessage() would store it.
 */
export function generateDiscussions(w: World): DiscussionData {
  const plans = planThreads(w);
  const data: DiscussionData = { threads: [], messages: [], readStates: [], measuredThreadId: plans[0]!._id };
  for (const plan of plans) {
    const messages = writeMessages(w, plan);
    data.messages.push(...messages);
    const last = messages[messages.length - 1]!;
    const locked = plan !== plans[0] && w.rng.chance(0.03);
    data.threads.push({
      _id: plan._id,
      title: plan.title,
      subjectType: plan.subjectType,
      subjectId: plan.subjectId,
      subjectKey: plan.subjectId
        ? `${plan.subjectType}:${String(plan.subjectId)}`
        : `general:${String(plan._id)}`,
      visibility: plan.visibility,
      locked,
      lastSeq: last.seq,
      lastMessageAt: last.createdAt,
      createdBy: messages[0]!.authorId,
      createdAt: new Date(messages[0]!.createdAt.getTime() - 60_000),
      updatedAt: locked
        ? new Date(Math.min(w.end.getTime(), last.createdAt.getTime() + 3600_000))
        : last.createdAt,
    });
    data.readStates.push(...readStates(w, plan, messages));
  }
  return data;
}

function writeMessages(w: World, plan: ThreadPlan): MessageRecord[] {
  const { rng, corpus, demo } = w;
  const times = Array.from({ length: plan.size }, () => rng.between(plan.from, plan.to).getTime()).sort(
    (a, b) => a - b,
  );
  times[times.length - 1] = plan.to;
  const messages: MessageRecord[] = [];
  const memberReads = roleReads(demo.member.role, plan.visibility);
  times.forEach((time, i) => {
    const seq = i + 1;
    const createdAt = new Date(time);
    const author = plan.authors.pick(rng);
    const parent = seq > 1 && rng.chance(0.3) ? messages[seq - 1 - rng.int(1, Math.min(10, seq - 1))]! : null;
    const mentioned: Person[] = [];
    if (rng.chance(0.18)) {
      if (memberReads && author !== demo.member && rng.chance(0.4)) mentioned.push(demo.member);
      for (const p of rng.sample(plan.participants, rng.int(1, 2)))
        if (p !== author && !mentioned.includes(p) && mentioned.length < 2) mentioned.push(p);
    }
    const body = `${mentioned.map((p) => `@${p.name} `).join('')}${messageText(w)}`;
    const edited = rng.chance(0.03) ? new Date(time + rng.int(1, 30) * 60_000) : null;
    const message: MessageRecord = {
      _id: rng.oid(createdAt),
      threadId: plan._id,
      seq,
      authorId: author._id,
      clientId: `volume-${String(plan._id).slice(-8)}-${seq}`,
      body,
      replyTo: parent?._id ?? null,
      mentions: mentioned.map((p) => p._id),
      edits: edited ? [{ body: `${body} ${corpus.word()}`, at: edited }] : [],
      editedAt: edited,
      deletedAt: rng.chance(0.005) ? new Date(time + rng.int(1, 120) * 60_000) : null,
      createdAt,
    };
    messages.push(message);
    const link = `/discussions/${String(plan._id)}#m${seq}`;
    for (const p of mentioned)
      notice(
        w,
        p,
        author,
        'mention',
        plan,
        link,
        createdAt,
        `${author.name} mentioned you in “${plan.title}”`,
      );
    const parentAuthor = parent && plan.participants.find((p) => p._id === parent.authorId);
    if (parentAuthor && parentAuthor !== author && !mentioned.includes(parentAuthor))
      notice(
        w,
        parentAuthor,
        author,
        'reply',
        plan,
        link,
        createdAt,
        `${author.name} replied to your message in “${plan.title}”`,
      );
  });
  return messages;
}

/** A chat message: a few sentences, sometimes with markdown (bold, a list, a link). */
function messageText(w: World): string {
  const { rng, corpus } = w;
  const text = corpus.text(rng.int(5, 50));
  if (rng.chance(0.1)) return `${text} **${corpus.words(3)}**`;
  if (rng.chance(0.05)) return `${text}\n\n- ${corpus.words(4)}\n- ${corpus.words(5)}\n- ${corpus.words(3)}`;
  if (rng.chance(0.03)) return `${text} See https://example.org/${corpus.word()}`;
  return text;
}

function notice(
  w: World,
  recipient: Person,
  actor: Person,
  kind: 'mention' | 'reply',
  plan: ThreadPlan,
  link: string,
  createdAt: Date,
  text: string,
) {
  if (recipient.status !== 'active') return; // notify() drops inactive recipients
  const record: NotificationRecord = {
    _id: w.rng.oid(createdAt),
    recipientId: recipient._id,
    kind,
    actorId: actor._id,
    subjectType: 'thread',
    subjectId: plan._id,
    link,
    text,
    readAt: null,
    createdAt,
  };
  w.notices.push(record);
}

/**
 * How far people have read: participants at least up to their own last message; the demo member
 * has read most threads to the end, some partly, and some of those they only follow not at all.
 */
function readStates(w: World, plan: ThreadPlan, messages: MessageRecord[]): ReadStateRecord[] {
  const { rng, demo } = w;
  const lastSeq = messages.length;
  const ownLast = new Map<string, number>();
  for (const m of messages) ownLast.set(String(m.authorId), m.seq);
  const states: ReadStateRecord[] = [];
  const add = (userId: Types.ObjectId, lastReadSeq: number) =>
    states.push({ _id: rng.oid(new Date(plan.to)), userId, threadId: plan._id, lastReadSeq });
  for (const p of plan.participants) {
    if (p === demo.member) continue;
    const own = ownLast.get(String(p._id));
    if (own !== undefined) add(p._id, rng.chance(0.5) ? lastSeq : own);
  }
  if (!roleReads(demo.member.role, plan.visibility)) return states;
  const takesPart = plan.participants.includes(demo.member);
  if (takesPart || rng.chance(0.5)) {
    const behind = takesPart && rng.chance(0.75) ? 0 : rng.int(1, Math.min(40, lastSeq));
    add(demo.member._id, Math.max(ownLast.get(String(demo.member._id)) ?? 0, lastSeq - behind));
  }
  return states;
}
