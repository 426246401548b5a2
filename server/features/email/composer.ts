import type { EmailTopic } from '@shared/schemas/emailPreferences';
import { INTL_LOCALES, type Language } from '@shared/i18n/languages';
import type { Config } from '../../config';
import type { NotificationRecord } from '../../models/Notification';
import { translator } from '../../i18n/index';
import { notificationText } from '../notifications/notificationText';
import { digestActivity, type DigestActivity } from './digestActivity';
import { renderEmail, type EmailItem, type EmailSection } from './templates';
import type { OutgoingEmail } from './transport';
import {
  absoluteUrl,
  languageOf,
  settingsUrl,
  unsubscribeUrl,
  type DigestFrequency,
  type Recipient,
} from './context';

/*
 * What an e-mail to one person says, in their language: the e-mail feature's query for a
 * recipient, and the one module of the feature that presents (notification lines, digest sections).
 * The jobs that send (notificationEmails, digests) decide who gets what and when.
 */

const itemOf = (config: Config, language: Language, n: NotificationRecord): EmailItem => ({
  text: notificationText(language, n),
  url: absoluteUrl(config, n.link),
  detail: n.excerpt ?? null,
});

/**
 * One e-mail for a group of notifications (oldest first): the messages of one discussion, which
 * can be answered at `replyTo`, or everything else.
 */
export async function notificationEmail(
  config: Config,
  person: Recipient,
  group: NotificationRecord[],
  replyTo: string | undefined,
): Promise<OutgoingEmail> {
  const latest = group.at(-1)!;
  const topics = [...new Set(group.map((n) => n.kind))];
  const language = languageOf(person);
  const t = translator(language);
  const latestText = notificationText(language, latest);
  const heading = group.length === 1 ? latestText : t('email:notifications.heading', { count: group.length });
  const unsubscribe = unsubscribeUrl(config, person._id, topics);
  const { html, text } = await renderEmail({
    language,
    preheader: latest.excerpt ?? latestText,
    heading,
    sections: [
      {
        title:
          group.length === 1
            ? t('email:notifications.whatHappened')
            : t('email:notifications.whatHappenedOldestFirst'),
        items: group.map((n) => itemOf(config, language, n)),
      },
    ],
    action: { label: t('email:notifications.open'), url: absoluteUrl(config, latest.link) },
    replyHint: replyTo ? t('email:notifications.replyHint') : undefined,
    settingsUrl: settingsUrl(config),
    unsubscribeUrl: unsubscribe,
    unsubscribeWhat: t('email:notifications.unsubscribeWhat'),
  });
  return { to: person.email, subject: heading, html, text, replyTo, unsubscribeUrl: unsubscribe, language };
}

/** The digest's summary of activity, one section per kind of item, empty ones left out. */
function activitySections(
  config: Config,
  language: Language,
  activity: DigestActivity,
  now: Date,
): EmailSection[] {
  const link = (path: string) => absoluteUrl(config, path);
  const t = translator(language);
  const dates = new Intl.DateTimeFormat(INTL_LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' });
  const day = (d: Date) => dates.format(d);
  const sections: EmailSection[] = [
    {
      title: t('email:digest.sections.library'),
      items: activity.documents.map((d) => ({
        text: d.title,
        url: link(`/library/${String(d._id)}`),
        detail: d.description || null,
      })),
    },
    {
      title: t('email:digest.sections.indicators'),
      items: activity.indicators.map((i) => ({
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
      items: activity.consultations.map((i) => ({
        text: `${i.code} ${i.title}`,
        url: link(`/indicators/${i.code}/consultation`),
        detail: t('email:digest.closesOn', { date: day(i.consultation.closesAt) }),
      })),
    },
    {
      title: t('email:digest.sections.decisions'),
      items: activity.meetings.map((m) => ({
        text: m.title,
        url: link(`/meetings/${m.slug}`),
        detail: m.decisions.join('\n'),
      })),
    },
    {
      title: t('email:digest.sections.followUps'),
      items: activity.followUps.map((a) => ({
        text: a.title,
        url: link(`/follow-ups/${String(a._id)}`),
        detail: t(a.dueAt < now ? 'email:digest.overdueSince' : 'email:digest.dueOn', { date: day(a.dueAt) }),
      })),
    },
    {
      title: t('email:digest.sections.discussions'),
      items: activity.threads.map((th) => ({ text: th.title, url: link(`/discussions/${String(th._id)}`) })),
    },
  ];
  return sections.filter((s) => s.items.length > 0);
}

/**
 * A person's digest of the period: the notifications gathered for it (those they may still read),
 * and, when they want it, the summary of what happened. Null when there is nothing to tell.
 */
export async function digestEmail(
  config: Config,
  person: Recipient,
  frequency: DigestFrequency,
  input: { since: Date; now: Date; notifications: NotificationRecord[]; wantsSummary: boolean },
): Promise<OutgoingEmail | null> {
  const { notifications } = input;
  const language = languageOf(person);
  const t = translator(language);
  const sections: EmailSection[] = [];
  if (notifications.length) {
    sections.push({
      title: t('email:digest.yourNotifications'),
      items: notifications.map((n) => itemOf(config, language, n)),
    });
  }
  if (input.wantsSummary)
    sections.push(
      ...activitySections(config, language, await digestActivity(person, input.since, input.now), input.now),
    );
  if (sections.length === 0) return null;
  const topics: EmailTopic[] = [
    ...(input.wantsSummary ? (['activity'] as const) : []),
    ...new Set(notifications.map((n) => n.kind)),
  ];
  const heading = t(`email:digest.heading.${frequency}`);
  const unsubscribe = unsubscribeUrl(config, person._id, topics);
  const { html, text } = await renderEmail({
    language,
    preheader: sections.map((s) => s.title).join(' · '),
    heading,
    intro: t(`email:digest.intro.${frequency}`),
    sections,
    action: { label: t('email:digest.open'), url: absoluteUrl(config, '/catch-up') },
    settingsUrl: settingsUrl(config),
    unsubscribeUrl: unsubscribe,
    unsubscribeWhat: t(`email:digest.unsubscribeWhat.${frequency}`),
  });
  return {
    to: person.email,
    subject: t('email:digest.subject', { heading }),
    html,
    text,
    unsubscribeUrl: unsubscribe,
    language,
  };
}
