import { useTranslation } from 'react-i18next';
import { VISIBILITIES, type Visibility } from '@shared/roles';
import {
  DOCUMENT_KINDS,
  DocumentFieldsSchema,
  type DocumentDto,
  type DocumentKind,
} from '@shared/schemas/document';
import { SelectField, TextAreaField, TextField } from '../../components/FormField';
import { MeetingSelect } from '../../components/MeetingSelect';
import { OrganisationSelect } from '../../components/OrganisationSelect';
import { DOCUMENT_KIND_LABELS, VISIBILITY_LABELS } from '../../components/labels';
import { fieldErrorsOf, type FieldErrors } from '../../components/formErrors';
import { EnumOptions } from '../../components/EnumOptions';
import { i18n } from '../../i18n';
import { isLanguage, type Language } from '@shared/i18n/languages';
import { LanguageOptions, contentAttributes } from '../../components/ContentLanguage';

/** A document's details as form values (all strings, as the inputs hold them). */
export interface MetaValues {
  title: string;
  kind: DocumentKind;
  description: string;
  tags: string;
  meetingId: string;
  organisationId: string;
  year: string;
  visibility: Visibility;
  /** The language the document is written in. */
  language: Language;
}

/** The field names in the order they appear, for focusing the first invalid one. */
export const META_FIELDS = [
  'title',
  'kind',
  'visibility',
  'language',
  'description',
  'tags',
  'year',
  'meetingId',
  'organisationId',
];

export const metaValuesOf = (doc: DocumentDto): MetaValues => ({
  title: doc.title,
  kind: doc.kind,
  description: doc.description,
  tags: doc.tags.join(', '),
  meetingId: doc.meeting?.id ?? '',
  organisationId: doc.organisation?.id ?? '',
  year: doc.year !== null ? String(doc.year) : '',
  visibility: doc.visibility,
  language: doc.language,
});

/** Field errors keyed by the top-level field ("tags.3" → "tags"), first message kept. */
export function byField(fields: FieldErrors): FieldErrors {
  const out: FieldErrors = {};
  for (const [key, message] of Object.entries(fields)) out[key.split('.')[0] ?? key] ??= message;
  return out;
}

/** The messages to show next to the fields, checked with the same schema the server uses. */
export function checkMeta(values: MetaValues): FieldErrors {
  const parsed = DocumentFieldsSchema.safeParse({ ...values, tags: tagsOf(values.tags), note: '' });
  // fieldErrorsOf gives the shared schema's messages in the reader's language.
  const errors = parsed.success ? {} : byField(fieldErrorsOf(parsed.error));
  const year = values.year.trim();
  if (year && !(/^\d{4}$/.test(year) && Number(year) >= 1990 && Number(year) <= 2100)) {
    errors.year = i18n.t('library:meta.yearError');
  }
  return errors;
}

/**
 * The tags as the server stores them: trimmed, lower-case, without duplicates or empties. Arabic
 * and Chinese commas (، ， 、) separate them too, as people type them in those languages.
 */
export const tagsOf = (text: string) => [
  ...new Set(
    text
      .split(/[,،，、]/)
      .map((t) => t.trim().toLowerCase())
      .filter(Boolean),
  ),
];

interface DocumentMetaFieldsProps {
  /** Prefix of the inputs' ids, e.g. "upload" or "edit". */
  idPrefix: string;
  values: MetaValues;
  onChange: <K extends keyof MetaValues>(name: K, value: MetaValues[K]) => void;
  errors: FieldErrors;
  isHost: boolean;
}

/**
 * Title, kind, visibility, language, description, tags, year, meeting and organisation of a
 * document. The title and description inputs carry the document's language (`lang`, `dir`).
 */
export function DocumentMetaFields({ idPrefix, values, onChange, errors, isHost }: DocumentMetaFieldsProps) {
  const { t } = useTranslation('library');
  const id = (name: string) => `${idPrefix}-${name}`;
  const visibilities = VISIBILITIES.filter((v) => v !== 'hosts' || isHost || values.visibility === 'hosts');
  const written = contentAttributes(values.language);
  return (
    <>
      <TextField
        id={id('title')}
        name="title"
        label={t('meta.title')}
        maxLength={200}
        value={values.title}
        onChange={(e) => onChange('title', e.target.value)}
        error={errors.title}
        required
        {...written}
      />
      <div className="form-grid">
        <SelectField
          id={id('kind')}
          name="kind"
          label={t('meta.kind')}
          value={values.kind}
          onChange={(e) => onChange('kind', e.target.value as DocumentKind)}
          error={errors.kind}
        >
          <EnumOptions values={DOCUMENT_KINDS} labels={DOCUMENT_KIND_LABELS} />
        </SelectField>
        <SelectField
          id={id('visibility')}
          name="visibility"
          label={t('meta.visibility')}
          hint={t('meta.visibilityHint')}
          value={values.visibility}
          onChange={(e) => onChange('visibility', e.target.value as Visibility)}
          error={errors.visibility}
        >
          {visibilities.map((v) => (
            <option key={v} value={v}>
              {v === 'public' ? t('meta.publicEveryone') : VISIBILITY_LABELS[v]}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={id('language')}
          name="language"
          label={t('meta.language')}
          hint={t('meta.languageHint')}
          value={values.language}
          onChange={(e) => isLanguage(e.target.value) && onChange('language', e.target.value)}
          error={errors.language}
        >
          <LanguageOptions />
        </SelectField>
      </div>
      <TextAreaField
        id={id('description')}
        name="description"
        label={t('meta.description')}
        hint={t('meta.descriptionHint')}
        rows={3}
        maxLength={4000}
        value={values.description}
        onChange={(e) => onChange('description', e.target.value)}
        error={errors.description}
        {...written}
      />
      <div className="form-grid">
        <TextField
          id={id('tags')}
          name="tags"
          label={t('meta.tags')}
          hint={t('meta.tagsHint')}
          maxLength={900}
          autoComplete="off"
          value={values.tags}
          onChange={(e) => onChange('tags', e.target.value)}
          error={errors.tags}
        />
        <TextField
          id={id('year')}
          name="year"
          label={t('meta.year')}
          hint={t('meta.yearHint')}
          inputMode="numeric"
          className="input input--year"
          maxLength={4}
          value={values.year}
          onChange={(e) => onChange('year', e.target.value)}
          error={errors.year}
        />
      </div>
      <div className="form-grid">
        <MeetingSelect
          id={id('meeting')}
          name="meetingId"
          label={t('meta.meeting')}
          emptyLabel={t('meta.noMeeting')}
          value={values.meetingId}
          onChange={(v) => onChange('meetingId', v)}
          error={errors.meetingId}
        />
        <OrganisationSelect
          id={id('organisation')}
          name="organisationId"
          label={t('meta.organisation')}
          emptyLabel={t('meta.noOrganisation')}
          value={values.organisationId}
          onChange={(v) => onChange('organisationId', v)}
          error={errors.organisationId}
        />
      </div>
    </>
  );
}
