/**
 * The server's `email` and `exports` catalogues repeat, in English, labels that shared/ and the
 * services also write (statuses, dispositions, field names, the comment form's headers, the
 * notification lines). English readers must get exactly those words: this keeps the two in step.
 */
import { CATALOGUES } from '../../shared/i18n/catalogues';
import { EMAIL_TOPIC_LABELS } from '../../shared/schemas/emailPreferences';
import { FIELD_LABELS, FIELD_SECTIONS, INDICATOR_STATUS_LABELS } from '../../shared/schemas/indicator';
import { DISPOSITION_LABELS } from '../../shared/schemas/consultation';
import { FOLLOW_UP_STATUS_NAMES } from '../../shared/schemas/catchUp';
import { ORG_CATEGORY_LABELS } from '../../shared/roles';
import { COMMENT_FORM_COLUMNS } from '../../server/features/consultation/commentForm';
import { translator } from '../../server/i18n';
import { notificationLine, notificationText } from '../../server/features/notifications/notificationText';
import type { NotificationLineInput } from '../../server/features/notifications/notifications';

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
    expect(byKey(FOLLOW_UP_STATUS_NAMES, 'email:notifications.actionStatuses')).toEqual(
      FOLLOW_UP_STATUS_NAMES,
    );
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
  // The parts the services store (mentions.ts, actionItems.ts, dispositions.ts, reminders.ts…).
  const lines: [NotificationLineInput, string, string][] = [
    [
      { kind: 'mention', params: { actor: 'Maya Member', thread: 'Budget' } },
      'Maya Member mentioned you in “Budget”',
      'Maya Member vous a mentionné dans « Budget »',
    ],
    [
      { kind: 'reply', params: { actor: 'Maya Member', thread: 'A “quoted” title' } },
      'Maya Member replied to your message in “A “quoted” title”',
      'Maya Member a répondu à votre message dans « A “quoted” title »',
    ],
    [
      {
        kind: 'action-status',
        params: { actor: 'Hana Host', title: 'Draft the survey', status: 'in-progress' },
      },
      'Hana Host marked “Draft the survey” as in progress',
      'Hana Host a indiqué que « Draft the survey » est en cours',
    ],
    [
      { kind: 'action-assigned', params: { actor: 'Hana Host', title: 'Survey', assignee: null } },
      'Hana Host assigned the follow-up “Survey” to someone',
      'Hana Host a attribué le suivi « Survey » à quelqu’un',
    ],
    [
      {
        kind: 'comment-disposition',
        params: { paragraph: 4, code: 'CSAM-01', disposition: 'accepted-in-part' },
      },
      'Your comment on ¶4 of CSAM-01 was answered: Accepted in part',
      'Votre commentaire sur le ¶4 de CSAM-01 a reçu une suite : Accepté en partie',
    ],
    [
      { kind: 'consultation-reminder', params: { code: 'CSAM-01', date: '2026-03-31' } },
      'The consultation on CSAM-01 closes on 2026-03-31: your organisation has not recorded its position yet',
      'La consultation sur CSAM-01 se termine le 31 mars 2026 : votre organisation n’a pas encore enregistré sa position',
    ],
    [
      { kind: 'report-proposed', params: { actor: 'Hana Host', meeting: 'IGF 2025' } },
      'Hana Host proposed a new version of the report of “IGF 2025”',
      'Hana Host a proposé une nouvelle version du rapport de « IGF 2025 »',
    ],
    [
      { kind: 'application-received', params: { organisation: 'Safer Net' } },
      'Safer Net applied to join the coalition',
      'Safer Net a demandé à adhérer à la coalition',
    ],
  ];

  it.each(lines)('%o: written in English and in French from its parts', (line, english, french) => {
    expect(notificationLine('en', line.kind, line.params as never)).toBe(english);
    expect(notificationLine('fr', line.kind, line.params as never)).toBe(french);
    expect(notificationText('fr', { kind: line.kind, text: english, params: line.params })).toBe(french);
  });

  it('are the English templates the services write', () => {
    const t = CATALOGUES.en.email as { notifications: { texts: Record<string, string> } };
    expect(t.notifications.texts.mention).toBe('{{actor}} mentioned you in “{{thread}}”');
  });

  it('stay as stored when they were stored without their parts', () => {
    expect(notificationText('ar', { kind: 'mention', text: 'An older wording', params: null })).toBe(
      'An older wording',
    );
  });
});
