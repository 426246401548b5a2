/**
 * The server's `email` and `exports` catalogues repeat, in English, labels that shared/ and the
 * services also write (statuses, dispositions, field names, the comment form's headers, the
 * notification lines). English readers must get exactly those words: this keeps the two in step.
 */
import { CATALOGUES } from '../../shared/i18n/catalogues';
import { EMAIL_TOPIC_LABELS } from '../../shared/schemas/emailPreferences';
import { FIELD_LABELS, FIELD_SECTIONS, INDICATOR_STATUS_LABELS } from '../../shared/schemas/indicator';
import { DISPOSITION_LABELS } from '../../shared/schemas/consultation';
import { ACTION_STATUS_NAMES } from '../../shared/schemas/catchUp';
import { ORG_CATEGORY_LABELS } from '../../shared/roles';
import { COMMENT_FORM_COLUMNS } from '../../server/services/consultation/commentForm';
import { translator } from '../../server/i18n';
import { notificationTextIn } from '../../server/presenters/notificationText';

const en = translator('en');
const camel = (key: string) => key.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase());
const byKey = (labels: Record<string, string>, prefix: string) =>
  Object.fromEntries(Object.keys(labels).map((k) => [k, en(`${prefix}.${camel(k)}`)]));

describe('the English email and exports catalogues', () => {
  it('name e-mail topics as shared/ does', () => {
    expect(byKey(EMAIL_TOPIC_LABELS, 'email:topics')).toEqual(EMAIL_TOPIC_LABELS);
  });

  it('name statuses, dispositions, constituencies and fields as shared/ does', () => {
    expect(byKey(INDICATOR_STATUS_LABELS, 'email:digest.statuses')).toEqual(INDICATOR_STATUS_LABELS);
    expect(byKey(INDICATOR_STATUS_LABELS, 'exports:indicator.statuses')).toEqual(INDICATOR_STATUS_LABELS);
    expect(byKey(DISPOSITION_LABELS, 'email:notifications.dispositions')).toEqual(DISPOSITION_LABELS);
    expect(byKey(DISPOSITION_LABELS, 'exports:commentForm.dispositions')).toEqual(DISPOSITION_LABELS);
    expect(byKey(ACTION_STATUS_NAMES, 'email:notifications.actionStatuses')).toEqual(ACTION_STATUS_NAMES);
    expect(byKey(ORG_CATEGORY_LABELS, 'exports:commentForm.constituencies')).toEqual(ORG_CATEGORY_LABELS);
    expect(Object.fromEntries(Object.keys(FIELD_LABELS).map((k) => [k, en(`exports:fields.${k}`)]))).toEqual(
      FIELD_LABELS,
    );
    expect(
      ['concepts', 'methodology', 'dataSources', 'references'].map((k) =>
        en(`exports:indicator.sections.${k}`),
      ),
    ).toEqual(FIELD_SECTIONS.map((s) => s.title));
  });

  it('head the comment form’s columns as commentForm.ts does', () => {
    expect(COMMENT_FORM_COLUMNS.map((c) => en(`exports:commentForm.columns.${c.key}`))).toEqual(
      COMMENT_FORM_COLUMNS.map((c) => c.header),
    );
  });
});

describe('notification lines', () => {
  // Written as the services write them (mentions.ts, actionItems.ts, dispositions.ts, reminders.ts…).
  const lines: [Parameters<typeof notificationTextIn>[1], string, string][] = [
    ['mention', 'Maya Member mentioned you in “Budget”', 'Maya Member vous a mentionné dans « Budget »'],
    [
      'reply',
      'Maya Member replied to your message in “A “quoted” title”',
      'Maya Member a répondu à votre message dans « A “quoted” title »',
    ],
    [
      'action-status',
      'Hana Host marked “Draft the survey” as in progress',
      'Hana Host a indiqué que « Draft the survey » est en cours',
    ],
    [
      'action-assigned',
      'Hana Host assigned the follow-up “Survey” to someone',
      'Hana Host a attribué le suivi « Survey » à quelqu’un',
    ],
    [
      'comment-disposition',
      'Your comment on ¶4 of CSAM-01 was answered: Accepted in part',
      'Votre commentaire sur le ¶4 de CSAM-01 a reçu une suite : Accepté en partie',
    ],
    [
      'consultation-reminder',
      'The consultation on CSAM-01 closes on 2026-03-31: your organisation has not recorded its position yet',
      'La consultation sur CSAM-01 se termine le 31 mars 2026 : votre organisation n’a pas encore enregistré sa position',
    ],
    [
      'report-proposed',
      'Hana Host proposed a new version of the report of “IGF 2025”',
      'Hana Host a proposé une nouvelle version du rapport de « IGF 2025 »',
    ],
    [
      'application-received',
      'Safer Net applied to join the coalition',
      'Safer Net a demandé à adhérer à la coalition',
    ],
  ];

  it.each(lines)('%s: read back and written in French', (kind, english, french) => {
    expect(notificationTextIn('fr', kind, english)).toBe(french);
    expect(notificationTextIn('en', kind, english)).toBe(english);
  });

  it('are the English templates the services write', () => {
    const t = CATALOGUES.en.email as { notifications: { texts: Record<string, string> } };
    expect(t.notifications.texts.mention).toBe('{{actor}} mentioned you in “{{thread}}”');
  });

  it('stay as stored when they match no template', () => {
    expect(notificationTextIn('ar', 'mention', 'An older wording')).toBe('An older wording');
  });
});
