import { Link } from 'react-router';
import type { TFunction } from 'i18next';
import { Trans, useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES } from '@shared/i18n/languages';
import type { AuditEventDto } from '@shared/schemas/audit';
import { STANCES } from '@shared/schemas/indicator';
import { intlLocale } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { DateTime, formatDateTime } from '../../components/dates';
import { fieldName } from '../../components/fieldNames';
import {
  INDICATOR_STATUS_LABELS,
  MEMBERSHIP_LABELS,
  ORG_CATEGORY_LABELS,
  ROLE_LABELS,
  VISIBILITY_LABELS,
} from '../../components/labels';
import { auditActionText, targetKindText } from './auditLabels';

/** One value of a detail as the log shows it. */
type AuditDetailValue =
  /** Words in the reader's language, or text as stored (`id`: an opaque id, shown as code). */
  | { kind: 'text'; text: string; id?: boolean }
  /** An item named by id, by its current name, with its page when it has one. */
  | { kind: 'item'; name: string; link: string | null }
  /** An item named by id that no longer exists. */
  | { kind: 'gone'; id: string };

/** One line of an event's details: a label, and a value or a change from one value to another. */
type AuditDetail = { key: string; label: string } & (
  { value: AuditDetailValue } | { from: AuditDetailValue; to: AuditDetailValue }
);

/** What the `from` and `to` of an action are: they show as one change, labelled and worded by kind. */
type ChangeKind = 'role' | 'indicatorStatus' | 'visibility' | 'language' | 'organisation';
const CHANGES: Partial<Record<string, ChangeKind>> = {
  'user.role-changed': 'role',
  'user.organisation-changed': 'organisation',
  'indicator.status-changed': 'indicatorStatus',
  'indicator.endorsement-overridden': 'indicatorStatus',
  'indicator.visibility-changed': 'visibility',
  'indicator.language-changed': 'language',
};
const CHANGE_LABELS: Record<ChangeKind, string> = {
  role: 'common:fieldNames.role',
  indicatorStatus: 'common:fieldNames.status',
  visibility: 'common:fieldNames.visibility',
  language: 'common:fieldNames.language',
  organisation: 'common:fieldNames.organisationId',
};

/**
 * Labels of the keys the server writes that `common:fieldNames` has not (or names otherwise here);
 * every other key is named by `fieldName` — the catalogue's field name, else the key in words.
 */
const KEY_LABELS: Record<string, string> = {
  round: 'admin:audit.details.round',
  revision: 'admin:audit.details.revision',
  version: 'admin:audit.details.version',
  fields: 'admin:audit.details.fields',
  changed: 'admin:audit.details.fields',
  replaced: 'admin:audit.details.replaced',
  failures: 'admin:audit.details.failures',
  during: 'admin:audit.details.during',
  proposalId: 'admin:audit.details.proposal',
  resetId: 'admin:audit.details.reset',
  invitationId: 'admin:audit.targetKinds.invitation',
  term: 'admin:audit.targetKinds.term',
  stance: 'indicators:positions.form.position',
  from: 'admin:audit.details.from',
  to: 'admin:audit.details.to',
};

/** Coded values the server writes, by key, in words. */
const REASONS: Record<string, string> = {
  locked: 'admin:audit.reasons.locked',
  'unknown-email': 'admin:audit.reasons.unknownEmail',
  suspended: 'admin:audit.reasons.suspended',
};
const DURING: Record<string, string> = { 'password-change': 'admin:audit.reasons.passwordChange' };

/** Value labels by detail key: roles, stances, statuses, categories, membership, languages. */
const VALUE_LABELS: Record<string, Readonly<Record<string, string>>> = {
  role: ROLE_LABELS,
  visibility: VISIBILITY_LABELS,
  category: ORG_CATEGORY_LABELS,
  membership: MEMBERSHIP_LABELS,
  language: LANGUAGE_NAMES,
};
const CHANGE_VALUES: Record<Exclude<ChangeKind, 'organisation'>, Readonly<Record<string, string>>> = {
  role: ROLE_LABELS,
  indicatorStatus: INDICATOR_STATUS_LABELS,
  visibility: VISIBILITY_LABELS,
  language: LANGUAGE_NAMES,
};

/** Field names where a feature's own form names them better than `common:fieldNames`. */
const FIELD_LABELS: Partial<Record<string, Record<string, string>>> = {
  'indicator.revised': {
    title: 'indicators:fields.title',
    tier: 'indicators:fields.tier',
    custodianId: 'indicators:fields.custodianId',
    definition: 'indicators:fields.definition',
    unit: 'indicators:fields.unit',
    rationale: 'indicators:fields.rationale',
    computation: 'indicators:fields.computation',
    disaggregation: 'indicators:fields.disaggregation',
    dataSources: 'indicators:fields.dataSources',
    limitations: 'indicators:fields.limitations',
    references: 'indicators:fields.references',
  },
  'meeting.updated': {
    event: 'meetings:page.facts.event',
    focus: 'meetings:page.focus',
    participantIds: 'meetings:participants.heading',
    report: 'common:fieldNames.reportMarkdown',
  },
};

/** A map's own entry (never `constructor` or another inherited name a stored value may hold). */
function own<V>(map: Readonly<Record<string, V>> | undefined, key: string): V | undefined {
  return map && Object.hasOwn(map, key) ? map[key] : undefined;
}

const text = (value: string, id = false): AuditDetailValue => ({ kind: 'text', text: value, id });
const isoMoment = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const isObjectId = (s: string) => /^[a-f0-9]{24}$/i.test(s);

/** A list in the reader's language: "Title, Tier and Unit of measure". */
const listText = (items: string[]) =>
  new Intl.ListFormat(intlLocale(), { style: 'long', type: 'conjunction' }).format(items);

/** A value as stored, in words: numbers and moments in the reader's format, lists as a list. */
function plainText(t: TFunction<'admin'>, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return t(value ? 'admin:audit.details.yes' : 'admin:audit.details.no');
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') return isoMoment.test(value) ? formatDateTime(value) : value;
  if (Array.isArray(value)) return value.length ? listText(value.map((v) => plainText(t, v))) : '—';
  return JSON.stringify(value);
}

/** One detail's value: named items, coded values in words, field names by their labels. */
function detailValue(
  t: TFunction<'admin'>,
  event: AuditEventDto,
  key: string,
  value: unknown,
): AuditDetailValue {
  const named = own(event.named, key);
  if (named)
    return named.name
      ? { kind: 'item', name: named.name, link: named.link }
      : { kind: 'gone', id: String(value) };
  if (typeof value === 'string') {
    const coded =
      (key === 'reason' && own(REASONS, value)) ||
      (key === 'during' && own(DURING, value)) ||
      (key === 'stance' && (STANCES as readonly string[]).includes(value) && `indicators:stance.${value}`);
    if (coded) return text(t(coded));
    const label = own(VALUE_LABELS[key], value);
    if (label) return text(label);
    if (isObjectId(value)) return text(value, true);
  }
  if ((key === 'fields' || key === 'changed') && Array.isArray(value)) {
    const labels = FIELD_LABELS[event.action];
    return text(
      listText(
        value.map((f) => {
          const name = String(f);
          const catalogueKey = own(labels, name);
          return catalogueKey ? t(catalogueKey) : fieldName(name);
        }),
      ),
    );
  }
  return text(plainText(t, value));
}

/** A `from` or `to` of a change of a known kind. */
function changeValue(
  t: TFunction<'admin'>,
  event: AuditEventDto,
  kind: ChangeKind,
  key: 'from' | 'to',
): AuditDetailValue {
  const value = event.details[key];
  if (kind === 'organisation' && (value === null || value === undefined))
    return text(t('admin:noOrganisation'));
  if (kind !== 'organisation' && typeof value === 'string') {
    const label = own(CHANGE_VALUES[kind], value);
    if (label) return text(label);
  }
  return detailValue(t, event, key, value);
}

/** The row a `from` and a `to` make together (no stored key has this name). */
const CHANGE_ROW = 'from→to';

/**
 * An event's details as the log shows them: each key labelled in the reader's language, coded values
 * in words, ids as the names of what they name, and a `from` and `to` as one change. Keys this build
 * does not know show as words and their values as stored; nothing an old event holds breaks the row.
 */
function auditDetails(t: TFunction<'admin'>, event: AuditEventDto): AuditDetail[] {
  const details = event.details;
  const kind = CHANGES[event.action];
  const isChange = Boolean(kind) || ('from' in details && 'to' in details);
  const rows: AuditDetail[] = [];
  for (const [key, value] of Object.entries(details)) {
    if (isChange && (key === 'from' || key === 'to')) {
      if (rows.some((r) => r.key === CHANGE_ROW)) continue;
      const label = kind ? t(CHANGE_LABELS[kind]) : t('admin:audit.details.change');
      rows.push(
        kind
          ? {
              key: CHANGE_ROW,
              label,
              from: changeValue(t, event, kind, 'from'),
              to: changeValue(t, event, kind, 'to'),
            }
          : {
              key: CHANGE_ROW,
              label,
              from: detailValue(t, event, 'from', details.from),
              to: detailValue(t, event, 'to', details.to),
            },
      );
      continue;
    }
    if (key === 'from' && value === 'application') {
      rows.push({
        key,
        label: t('admin:audit.details.createdFrom'),
        value: text(t('admin:audit.details.fromApplication')),
      });
      continue;
    }
    const labelKey = own(KEY_LABELS, key);
    rows.push({
      key,
      label: labelKey ? t(labelKey) : fieldName(key),
      value: detailValue(t, event, key, value),
    });
  }
  return rows;
}

/** One value of a detail, isolated from the text around it (an e-mail or a code in an Arabic row). */
function DetailValue({ value }: { value: AuditDetailValue }) {
  const { t } = useTranslation('admin');
  if (value.kind === 'item')
    return value.link ? (
      <Link to={value.link}>
        <bdi>{value.name}</bdi>
      </Link>
    ) : (
      <bdi>{value.name}</bdi>
    );
  if (value.kind === 'gone')
    return (
      <span className="muted" title={value.id}>
        {t('audit.row.targetGone')}
      </span>
    );
  return value.id ? <code>{value.text}</code> : <bdi>{value.text}</bdi>;
}

function Target({ event }: { event: AuditEventDto }) {
  const { t } = useTranslation('admin');
  if (!event.targetType) return <>—</>;
  const target = event.target;
  return (
    <>
      <span className="cell-note">{targetKindText(t, event.targetType)}</span>
      {target?.name ? (
        target.link ? (
          <Link to={target.link} className="break-anywhere">
            {target.name}
          </Link>
        ) : (
          <span className="break-anywhere">{target.name}</span>
        )
      ) : (
        <span className="muted" title={event.targetId ?? undefined}>
          {t('audit.row.targetGone')}
        </span>
      )}
    </>
  );
}

/** One audit event: when, what, who and from where (with "only this person"), on what, and its details. */
export function AuditRow({ event, onActor }: { event: AuditEventDto; onActor: (email: string) => void }) {
  const { t, i18n } = useTranslation('admin');
  const isRtl = i18n.dir() === 'rtl';
  const details = auditDetails(t, event);
  return (
    <tr>
      <td data-label={t('audit.columns.time')}>
        <DateTime iso={event.at} />
      </td>
      <td data-label={t('audit.columns.action')} title={event.action}>
        {auditActionText(t, event.action)}
      </td>
      <td data-label={t('audit.columns.who')}>
        {event.actor ? (
          <>
            <Link to={`/admin/users?q=${encodeURIComponent(event.actor.email)}`}>{event.actor.name}</Link>
            <span className="cell-note break-anywhere">{event.actor.email}</span>
            <button
              type="button"
              className="link-button cell-note"
              onClick={() => onActor(event.actor!.email)}
            >
              <Trans
                t={t}
                i18nKey="audit.row.onlyThisPerson"
                values={{ name: event.actor.name }}
                components={{ hidden: <span className="visually-hidden" /> }}
              />
            </button>
          </>
        ) : (
          <span className="muted">{t('audit.row.nobody')}</span>
        )}
        {event.ip && <span className="cell-note">{t('audit.row.fromIp', { ip: event.ip })}</span>}
      </td>
      <td data-label={t('audit.columns.target')}>
        <Target event={event} />
      </td>
      <td data-label={t('audit.columns.details')}>
        {details.length === 0 ? (
          '—'
        ) : (
          <dl className="audit-details">
            {details.map((detail) => (
              <div key={detail.key} data-key={detail.key}>
                <dt>{detail.label}</dt>
                <dd>
                  {'value' in detail ? (
                    <DetailValue value={detail.value} />
                  ) : (
                    // "from → to" in reading order: the arrow turns with the page, each side isolated.
                    <>
                      <DetailValue value={detail.from} />
                      <span aria-hidden="true" className="audit-details__arrow">
                        {isRtl ? ' ← ' : ' → '}
                      </span>
                      <span className="visually-hidden"> {t('audit.row.changedTo')} </span>
                      <DetailValue value={detail.to} />
                    </>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        )}
      </td>
    </tr>
  );
}
