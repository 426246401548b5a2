import { INTL_LOCALES } from '@shared/i18n/languages';
import { translator } from '../../i18n/index';
import type { Config } from '../../config';
import { visibilityFilter } from '../../policies/index';
import { DocumentModel as Document } from '../../models/Document';
import { Indicator } from '../../models/Indicator';
import { Meeting } from '../../models/Meeting';
import { ActionItem } from '../../models/ActionItem';
import { Thread } from '../../models/Thread';
import type { EmailSection } from './templates';
import { absoluteUrl, languageOf, type Recipient } from './context';

const DAY_MS = 24 * 3600_000;

/**
 * What happened since `since` that this person may read NOW: every query carries their visibility
 * filter at send time, so an item made hosts-only after the event is not in a member's digest.
 */
export async function digestActivity(
  config: Config,
  person: Recipient,
  since: Date,
  now: Date,
): Promise<EmailSection[]> {
  const readable = visibilityFilter(person);
  const link = (path: string) => absoluteUrl(config, path);
  const language = languageOf(person);
  const t = translator(language);
  const dates = new Intl.DateTimeFormat(INTL_LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' });
  const day = (d: Date) => dates.format(d);
  const mine = [
    { assigneeId: person._id },
    ...(person.organisationId ? [{ ownerOrganisationId: person.organisationId }] : []),
  ];
  const [documents, indicators, consultations, meetings, followUps, threads] = await Promise.all([
    Document.find({ ...readable, archivedAt: null, createdAt: { $gte: since } })
      .sort({ createdAt: -1 })
      .limit(15)
      .lean(),
    Indicator.find({ ...readable, updatedAt: { $gte: since } })
      .sort({ updatedAt: -1 })
      .limit(15)
      .lean(),
    Indicator.find({ ...readable, status: 'consultation' })
      .limit(30)
      .lean(),
    Meeting.find({ ...readable, updatedAt: { $gte: since } })
      .sort({ updatedAt: -1 })
      .limit(10)
      .lean(),
    ActionItem.find({
      ...readable,
      status: { $in: ['open', 'in-progress'] },
      dueAt: { $ne: null, $lte: new Date(now.getTime() + 7 * DAY_MS) },
      $or: mine,
    })
      .sort({ dueSort: 1 })
      .limit(20)
      .lean(),
    Thread.find({ ...readable, lastMessageAt: { $gte: since } })
      .sort({ lastMessageAt: -1 })
      .limit(10)
      .lean(),
  ]);
  const sections: EmailSection[] = [
    {
      title: t('email:digest.sections.library'),
      items: documents.map((d) => ({
        text: d.title,
        url: link(`/library/${String(d._id)}`),
        detail: d.description || null,
      })),
    },
    {
      title: t('email:digest.sections.indicators'),
      items: indicators.map((i) => ({
        text: `${i.code} ${i.title}`,
        url: link(`/indicators/${i.code}`),
        detail: t('email:digest.indicatorDetail', {
          status: t(`email:digest.statuses.${i.status}`),
          revision: i.currentRevision,
        }),
      })),
    },
    {
      title: t('email:digest.sections.consultations'),
      items: consultations
        .filter((i) => i.consultation && i.consultation.closesAt > now)
        .sort((a, b) => a.consultation!.closesAt.getTime() - b.consultation!.closesAt.getTime())
        .map((i) => ({
          text: `${i.code} ${i.title}`,
          url: link(`/indicators/${i.code}/consultation`),
          detail: t('email:digest.closesOn', { date: day(i.consultation!.closesAt) }),
        })),
    },
    {
      title: t('email:digest.sections.decisions'),
      items: meetings
        .filter((m) => m.decisions?.length)
        .map((m) => ({ text: m.title, url: link(`/meetings/${m.slug}`), detail: m.decisions.join('\n') })),
    },
    {
      title: t('email:digest.sections.followUps'),
      items: followUps.map((a) => ({
        text: a.title,
        url: link(`/follow-ups/${String(a._id)}`),
        detail: t(a.dueAt! < now ? 'email:digest.overdueSince' : 'email:digest.dueOn', {
          date: day(a.dueAt!),
        }),
      })),
    },
    {
      title: t('email:digest.sections.discussions'),
      items: threads.map((t) => ({ text: t.title, url: link(`/discussions/${String(t._id)}`) })),
    },
  ];
  return sections.filter((s) => s.items.length > 0);
}
