import type { AuditEventRecord } from '../../server/models/AuditEvent';
import type { NotificationRecord } from '../../server/models/Notification';
import { DAY_MS, WeightedPicker } from './random';
import { VOLUME, auditEvent, type World } from './world';

/**
 * The notification centre: of everything the discussions and follow-ups would have notified, keeps
 * 5,000 for the demo member and 45,000 for everyone else (a random share, so the spread over time
 * and people stays). Recent ones are unread, older ones read a little after they arrived.
 */
export function selectNotifications(w: World): NotificationRecord[] {
  const { rng } = w;
  const member = String(w.demo.member._id);
  const mine = w.notices.filter((n) => String(n.recipientId) === member);
  const others = w.notices.filter((n) => String(n.recipientId) !== member);
  const othersWanted = VOLUME.notifications - VOLUME.memberNotifications;
  if (mine.length < VOLUME.memberNotifications || others.length < othersWanted)
    throw new Error(
      `Too few notification candidates (member ${mine.length}, others ${others.length}): raise the reply or mention rates in messages.ts`,
    );
  const kept = [...rng.sample(mine, VOLUME.memberNotifications), ...rng.sample(others, othersWanted)];
  const end = w.end.getTime();
  for (const n of kept) {
    const age = end - n.createdAt.getTime();
    const unread =
      String(n.recipientId) === member
        ? age < 14 * DAY_MS || rng.chance(0.03)
        : (age < 30 * DAY_MS && rng.chance(0.6)) || rng.chance(0.05);
    n.readAt = unread
      ? null
      : new Date(Math.min(end, n.createdAt.getTime() + rng.int(5, 3 * 24 * 60) * 60_000));
  }
  w.notices = [];
  return kept.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

/**
 * The audit log: the events recorded by the writes generated above (organisations, documents,
 * indicators, positions, meetings, suspensions) plus sign-ins — busy people more often, the demo
 * member among them, a few failures — up to 100,000 events.
 */
export function completeAuditLog(w: World): AuditEventRecord[] {
  const { rng } = w;
  const events = w.audit.slice(0, VOLUME.auditEvents);
  const active = w.people.filter((p) => p.status === 'active');
  const signers = new WeightedPicker(active, (p, i) => (p === w.demo.member ? 50 : 1 / (1 + i / 50)));
  const span = w.end.getTime() - w.start.getTime();
  while (events.length < VOLUME.auditEvents) {
    const at = new Date(w.start.getTime() + Math.sqrt(rng.next()) * span);
    const roll = rng.next();
    if (roll < 0.015) {
      const email = `${w.corpus.word()}@${w.corpus.word()}.example`;
      events.push(auditEvent(w, at, 'login.failed', null, null, { email, reason: 'unknown-email' }));
    } else {
      const user = signers.pick(rng);
      const target = { type: 'user', id: user._id };
      if (roll < 0.03)
        events.push(auditEvent(w, at, 'login.failed', null, target, { failures: rng.int(1, 4) }));
      else events.push(auditEvent(w, at, 'login.succeeded', user._id, target));
    }
  }
  w.audit = [];
  return events.sort((a, b) => a.at.getTime() - b.at.getTime());
}
