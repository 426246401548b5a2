import { rolesReading, type Role } from '@shared/roles';
import type { Logger } from '../../logger';
import { schedulePeriodic } from '../../cluster/periodicJob';
import { Indicator, type IndicatorRecord } from '../../models/Indicator';
import { ConsultationReminder } from '../../models/ConsultationReminder';
import { User } from '../../models/User';
import { isDuplicateKey } from '../../errors';
import { positionStanding } from '../indicators/indicatorPositions';
import { notify } from '../notifications/notifications';

const DAY = 24 * 3600_000;
const HOUR = 3600_000;
/** Who can record a position, and so is worth reminding (observers read only). */
const RESPONDERS: Role[] = ['member', 'host'];

/**
 * Reminds the organisations that have not recorded a position on a consultation closing within
 * `days`: one notification to each of their members and hosts who may read the indicator, once per
 * round (the `ConsultationReminder` claim). Returns how many people were notified.
 */
export async function sendConsultationReminders(days: number, quorum: number, now = new Date()) {
  const open = await Indicator.find({ status: 'consultation' }).lean<IndicatorRecord[]>();
  const due = open.filter(
    (i) =>
      i.consultation &&
      i.consultation.closesAt > now &&
      i.consultation.closesAt.getTime() - now.getTime() <= days * DAY,
  );
  let notified = 0;
  for (const ind of due) notified += await remindRound(ind, quorum, now);
  return notified;
}

async function remindRound(ind: IndicatorRecord, quorum: number, now: Date): Promise<number> {
  const c = ind.consultation!;
  const _id = `${String(ind._id)}:${c.round}`;
  try {
    await ConsultationReminder.create({ _id, sentAt: now });
  } catch (err) {
    if (isDuplicateKey(err)) return 0; // reminded already (here or by another instance)
    throw err;
  }
  try {
    const { notResponded } = await positionStanding(ind, quorum);
    if (notResponded.length === 0) return 0;
    const roles = rolesReading(ind.visibility).filter((r) => RESPONDERS.includes(r));
    const people = await User.find(
      { organisationId: { $in: notResponded.map((o) => o._id) }, status: 'active', role: { $in: roles } },
      { _id: 1 },
    ).lean();
    const sent = await notify({
      recipients: people.map((u) => u._id),
      kind: 'consultation-reminder',
      actorId: null,
      subject: { type: 'indicator', id: ind._id },
      link: `/indicators/${ind.code}#positions-heading`,
      params: { code: ind.code, date: c.closesAt.toISOString().slice(0, 10) },
    });
    await ConsultationReminder.updateOne(
      { _id },
      { $set: { organisations: notResponded.length, recipients: sent.length } },
    );
    return sent.length;
  } catch (err) {
    // Give the claim back so the next run tries again.
    await ConsultationReminder.deleteOne({ _id }).catch(() => undefined);
    throw err;
  }
}

/** The hourly job, run once per hour across every instance (`schedulePeriodic`). */
export function startConsultationReminders(
  config: { consultationReminderDays: number; indicatorQuorum: number },
  log: Logger,
) {
  return schedulePeriodic(
    {
      name: 'consultation-reminders',
      periodMs: HOUR,
      task: async () => {
        const notified = await sendConsultationReminders(
          config.consultationReminderDays,
          config.indicatorQuorum,
        );
        if (notified) log.info({ notified }, 'consultation reminders sent');
      },
    },
    log,
  );
}
