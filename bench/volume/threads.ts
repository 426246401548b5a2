import type { Visibility } from '@shared/roles';
import type { ThreadSubjectType } from '@shared/schemas/thread';
import type { Types } from 'mongoose';
import { DAY_MS, WeightedPicker } from './random';
import { VOLUME, roleReads, type Person, type SubjectRef, type World } from './world';

/** One thread to write: what it is about, who takes part, how many messages, over what time. */
export interface ThreadPlan {
  _id: Types.ObjectId;
  title: string;
  subjectType: ThreadSubjectType;
  subjectId: Types.ObjectId | null;
  visibility: Visibility;
  size: number;
  from: number;
  to: number;
  /** Who writes in it, the busiest first; pick authors with `authors.pick(rng)`. */
  participants: Person[];
  authors: WeightedPicker<Person>;
}

/** Message counts per thread: the measured thread gets exactly 500, the rest share the remainder unevenly. */
function threadSizes(w: World): number[] {
  const first = Math.min(VOLUME.measuredThreadMessages, Math.floor(VOLUME.messages / VOLUME.threads));
  const rest = VOLUME.messages - first;
  const weights = Array.from({ length: VOLUME.threads - 1 }, () => w.rng.next() ** 3 + 0.05);
  const total = weights.reduce((a, b) => a + b, 0);
  const sizes = [first, ...weights.map((x) => Math.max(5, Math.floor((rest * x) / total)))];
  const largest = sizes.indexOf(Math.max(...sizes.slice(1)), 1);
  sizes[largest]! += VOLUME.messages - sizes.reduce((a, b) => a + b, 0);
  return sizes;
}

/**
 * 200 threads: general ones (the first is the benchmark's, members-only, with the demo member in it)
 * and one per indicator, document, meeting or follow-up discussed; public, members or hosts only.
 * The demo member takes part in most threads they may read, the other demo users in some.
 */
export function planThreads(w: World): ThreadPlan[] {
  const { rng, corpus, demo } = w;
  const subjects: Record<Exclude<ThreadSubjectType, 'general'>, SubjectRef[]> = {
    indicator: rng.shuffle([...w.indicators]),
    document: rng.shuffle([...w.documents]),
    meeting: rng.shuffle(w.meetings.map((m) => ({ ...m, createdAt: m.startsAt }))),
    action: rng.shuffle([...w.actions]),
  };
  const writers = w.people.filter((p) => p.role !== 'observer');
  const hosts = writers.filter((p) => p.role === 'host');
  return threadSizes(w).map((size, k) => {
    const wanted: ThreadSubjectType =
      k === 0 ? 'general' : rng.weighted({ general: 50, indicator: 30, document: 10, meeting: 5, action: 5 });
    const subject = wanted === 'general' ? undefined : subjects[wanted].pop();
    const subjectType = subject ? wanted : 'general';
    const visibility: Visibility =
      k === 0 ? 'members' : (subject?.visibility ?? rng.weighted({ public: 25, members: 65, hosts: 10 }));
    const eligible = visibility === 'hosts' ? hosts : writers;
    const participants = rng.sample(eligible, rng.int(4, 40)).filter((p) => !Object.values(demo).includes(p));
    const joins = (p: Person, chance: number) =>
      roleReads(p.role, visibility) && p.role !== 'observer' && (k === 0 || rng.chance(chance));
    if (joins(demo.member, 0.7))
      participants.splice(rng.chance(0.3) ? 0 : rng.int(0, participants.length), 0, demo.member);
    if (joins(demo.hotline, 0.3)) participants.push(demo.hotline);
    if (joins(demo.host, 0.2)) participants.push(demo.host);
    // Threads last from days to years; one in five is still active in the last 60 days.
    const duration = 10 ** (0.7 + 2.1 * rng.next()) * DAY_MS;
    const active = k === 0 || rng.chance(0.2);
    const to = active
      ? w.end.getTime() - rng.int(1, 59 * 24) * 3600_000
      : rng.between(w.start.getTime() + duration, w.end.getTime() - 60 * DAY_MS).getTime();
    // Never before its subject existed, never after today, at least a minute per message.
    const latest = w.end.getTime() - 60_000;
    const starts = Math.max(w.start.getTime(), to - duration, subject ? subject.createdAt.getTime() : 0);
    const last = Math.min(latest, Math.max(to, starts + size * 60_000));
    const from = Math.min(starts, last - size * 1000);
    return {
      _id: rng.oid(new Date(from)),
      title: titleOf(w, subjectType, subject) ?? corpus.title(rng.int(4, 8)),
      subjectType,
      subjectId: subject?._id ?? null,
      visibility,
      size,
      from,
      to: last,
      participants,
      authors: new WeightedPicker(participants, (_p, rank) => 1 / (rank + 1)),
    };
  });
}

function titleOf(w: World, type: ThreadSubjectType, subject: SubjectRef | undefined): string | undefined {
  if (!subject) return undefined;
  if (type === 'indicator') {
    const code = w.indicators.find((i) => i._id === subject._id)?.code ?? '';
    return `${code}: ${subject.title}`;
  }
  return type === 'document' ? `About “${subject.title}”` : subject.title;
}
