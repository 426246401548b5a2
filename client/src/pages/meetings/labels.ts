import type { TFunction } from 'i18next';
import type { OrgCategory, Visibility } from '@shared/roles';
import type { DocumentKind } from '@shared/schemas/document';

/** The `meetings` namespace's t, as useTranslation('meetings') gives it. */
export type MeetingsT = TFunction<'meetings'>;

/** Who may read a meeting or a follow-up, in the reader's language. */
export const visibilityLabels = (t: MeetingsT): Record<Visibility, string> => ({
  public: t('visibility.public'),
  members: t('visibility.members'),
  hosts: t('visibility.hosts'),
});

/** The member categories participants are grouped under. */
export const orgCategoryLabels = (t: MeetingsT): Record<OrgCategory, string> => ({
  industry: t('categories.industry'),
  'civil-society': t('categories.civilSociety'),
  'international-organisation': t('categories.internationalOrganisation'),
  government: t('categories.government'),
  hotline: t('categories.hotline'),
  academia: t('categories.academia'),
  other: t('categories.other'),
});

/** The kinds of the library's documents linked to a meeting. */
export const documentKindLabels = (t: MeetingsT): Record<DocumentKind, string> => ({
  report: t('documentKinds.report'),
  presentation: t('documentKinds.presentation'),
  resource: t('documentKinds.resource'),
  minutes: t('documentKinds.minutes'),
  survey: t('documentKinds.survey'),
  draft: t('documentKinds.draft'),
  other: t('documentKinds.other'),
});
