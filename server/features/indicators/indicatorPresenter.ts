import type { OrgCategory } from '@shared/roles';
import type {
  ConsultationDto,
  IndicatorDto,
  IndicatorFields,
  IndicatorSummary,
  IndicatorTranslationDto,
  PositionDto,
  RevisionDto,
  RevisionSummary,
  TransitionDto,
  IndicatorTextField,
} from '@shared/schemas/indicator';
import { INDICATOR_TEXT_FIELDS } from '@shared/schemas/indicator';
import { DEFAULT_LANGUAGE, LANGUAGES } from '@shared/i18n/languages';
import type { ConsultationRecord, IndicatorRecord, TranslationRecord } from '../../models/Indicator';
import type { IndicatorRevisionRecord, RevisionFields } from '../../models/IndicatorRevision';
import type { PositionRecord } from '../../models/Position';

/** Names the presenters need, resolved by the caller in one query per collection. */
export interface IndicatorRefs {
  users: Map<string, { name: string }>;
  organisations: Map<string, { name: string; slug: string; category: OrgCategory }>;
}

/** A user as `{ id, name }`, or null when unknown (a deleted account) or not given. */
export const userRef = (refs: IndicatorRefs, id: unknown) => {
  const u = id ? refs.users.get(String(id)) : undefined;
  return u ? { id: String(id), name: u.name } : null;
};
const orgRef = (refs: IndicatorRefs, id: unknown) => {
  const o = id ? refs.organisations.get(String(id)) : undefined;
  return o ? { id: String(id), name: o.name, slug: o.slug } : null;
};

/** The metadata texts of a revision or a translation, '' for those never written. */
const textsOf = (f: Partial<Record<IndicatorTextField, string | null>>) =>
  Object.fromEntries(INDICATOR_TEXT_FIELDS.map((k) => [k, f[k] ?? ''])) as Record<IndicatorTextField, string>;

const presentFields = (f: RevisionFields): IndicatorFields => ({
  title: f.title,
  tier: f.tier,
  custodianId: f.custodianId ? String(f.custodianId) : null,
  ...textsOf(f),
});

export function presentRevisionSummary(r: IndicatorRevisionRecord, refs: IndicatorRefs): RevisionSummary {
  return {
    number: r.number,
    author: userRef(refs, r.authorId),
    note: r.note ?? '',
    baseRevision: r.baseRevision ?? null,
    changedFields: r.changedFields ?? [],
    createdAt: r.createdAt.toISOString(),
  };
}

export function presentRevision(r: IndicatorRevisionRecord, refs: IndicatorRefs): RevisionDto {
  return {
    ...presentRevisionSummary(r, refs),
    fields: presentFields(r.fields),
    custodian: orgRef(refs, r.fields.custodianId),
  };
}

/** An indicator's translations in the order of the language bar (records before languages have none). */
const translationsOf = (i: IndicatorRecord): TranslationRecord[] =>
  [...(i.translations ?? [])].sort((a, b) => LANGUAGES.indexOf(a.language) - LANGUAGES.indexOf(b.language));

const presentTranslation = (t: TranslationRecord, refs: IndicatorRefs): IndicatorTranslationDto => ({
  language: t.language,
  title: t.title,
  ...textsOf(t),
  revision: t.revision,
  translatedAt: t.translatedAt.toISOString(),
  translatedBy: userRef(refs, t.translatedBy),
});

export function presentSummary(i: IndicatorRecord, refs: IndicatorRefs): IndicatorSummary {
  return {
    code: i.code,
    title: i.title,
    status: i.status,
    tier: i.tier,
    custodian: orgRef(refs, i.custodianId),
    visibility: i.visibility,
    currentRevision: i.currentRevision,
    lastRevisedAt: i.lastRevisedAt.toISOString(),
    lastRevisedBy: userRef(refs, i.lastRevisedBy),
    language: i.language ?? DEFAULT_LANGUAGE,
    translations: translationsOf(i).map((t) => ({ language: t.language, title: t.title })),
  };
}

/** A consultation is open while the indicator is in consultation and the closing date is ahead. */
export function presentConsultation(i: IndicatorRecord, now = new Date()): ConsultationDto | null {
  const c: ConsultationRecord | null = i.consultation;
  if (!c) return null;
  return {
    round: c.round,
    revision: c.revision,
    opensAt: c.opensAt.toISOString(),
    closesAt: c.closesAt.toISOString(),
    open: i.status === 'consultation' && c.closesAt > now,
  };
}

const presentTransition = (
  t: IndicatorRecord['transitions'][number],
  refs: IndicatorRefs,
): TransitionDto => ({
  from: t.from ?? null,
  to: t.to,
  by: userRef(refs, t.by),
  at: t.at.toISOString(),
  reason: t.reason ?? '',
  revision: t.revision ?? null,
  override: !!t.override,
});

export function presentIndicator(
  i: IndicatorRecord,
  latest: IndicatorRevisionRecord,
  refs: IndicatorRefs,
  can: IndicatorDto['can'],
): IndicatorDto {
  return {
    ...presentSummary(i, refs),
    id: String(i._id),
    // The latest revision is the text of record (the indicator's copy is for the catalogue).
    title: latest.fields.title,
    tier: latest.fields.tier,
    custodian: orgRef(refs, latest.fields.custodianId),
    currentRevision: latest.number,
    fields: presentFields(latest.fields),
    revision: presentRevisionSummary(latest, refs),
    consultation: presentConsultation(i),
    transitions: i.transitions.map((t) => presentTransition(t, refs)),
    createdAt: i.createdAt.toISOString(),
    translations: translationsOf(i).map((t) => presentTranslation(t, refs)),
    can,
  };
}

export function presentPosition(p: PositionRecord, refs: IndicatorRefs): PositionDto {
  const org = refs.organisations.get(String(p.organisationId));
  return {
    organisation: {
      id: String(p.organisationId),
      name: org?.name ?? 'Unknown organisation',
      slug: org?.slug ?? '',
      category: org?.category ?? 'other',
    },
    stance: p.stance,
    comment: p.comment ?? '',
    recordedBy: userRef(refs, p.recordedBy),
    revision: p.revision,
    updatedAt: p.updatedAt.toISOString(),
  };
}
