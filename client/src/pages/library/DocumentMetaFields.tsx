import { VISIBILITIES, type Visibility } from '@shared/roles';
import {
  DOCUMENT_KINDS,
  DOCUMENT_KIND_LABELS,
  DocumentFieldsSchema,
  type DocumentDto,
  type DocumentKind,
} from '@shared/schemas/document';
import { SelectField, TextAreaField, TextField } from '../../components/FormField';
import { MeetingSelect } from '../../components/MeetingSelect';
import { OrganisationSelect } from '../../components/OrganisationSelect';
import { VISIBILITY_LABELS } from '../../components/labels';
import { fieldErrorsOf, type FieldErrors } from '../../components/formErrors';
import { EnumOptions } from '../../components/EnumOptions';

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
}

/** The field names in the order they appear, for focusing the first invalid one. */
export const META_FIELDS = [
  'title',
  'kind',
  'visibility',
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
});

const YEAR_MESSAGE = 'Enter a year between 1990 and 2100, such as 2013, or leave it empty';

/** Field errors keyed by the top-level field ("tags.3" → "tags"), first message kept. */
export function byField(fields: FieldErrors): FieldErrors {
  const out: FieldErrors = {};
  for (const [key, message] of Object.entries(fields)) out[key.split('.')[0] ?? key] ??= message;
  return out;
}

/** The messages to show next to the fields, checked with the same schema the server uses. */
export function checkMeta(values: MetaValues): FieldErrors {
  const parsed = DocumentFieldsSchema.safeParse({ ...values, note: '' });
  const errors = parsed.success ? {} : byField(fieldErrorsOf(parsed.error));
  const year = values.year.trim();
  if (year && !(/^\d{4}$/.test(year) && Number(year) >= 1990 && Number(year) <= 2100)) {
    errors.year = YEAR_MESSAGE;
  }
  return errors;
}

/** The tags as the server stores them: trimmed, lower-case, without duplicates or empties. */
export const tagsOf = (text: string) => [
  ...new Set(
    text
      .split(',')
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

/** Title, kind, visibility, description, tags, year, meeting and organisation of a document. */
export function DocumentMetaFields({ idPrefix, values, onChange, errors, isHost }: DocumentMetaFieldsProps) {
  const id = (name: string) => `${idPrefix}-${name}`;
  const visibilities = VISIBILITIES.filter((v) => v !== 'hosts' || isHost || values.visibility === 'hosts');
  return (
    <>
      <TextField
        id={id('title')}
        name="title"
        label="Title"
        maxLength={200}
        value={values.title}
        onChange={(e) => onChange('title', e.target.value)}
        error={errors.title}
        required
      />
      <div className="form-grid">
        <SelectField
          id={id('kind')}
          name="kind"
          label="Kind"
          value={values.kind}
          onChange={(e) => onChange('kind', e.target.value as DocumentKind)}
          error={errors.kind}
        >
          <EnumOptions values={DOCUMENT_KINDS} labels={DOCUMENT_KIND_LABELS} />
        </SelectField>
        <SelectField
          id={id('visibility')}
          name="visibility"
          label="Visibility"
          hint="Who can find and download it."
          value={values.visibility}
          onChange={(e) => onChange('visibility', e.target.value as Visibility)}
          error={errors.visibility}
        >
          {visibilities.map((v) => (
            <option key={v} value={v}>
              {v === 'public' ? 'Public: everyone' : VISIBILITY_LABELS[v]}
            </option>
          ))}
        </SelectField>
      </div>
      <TextAreaField
        id={id('description')}
        name="description"
        label="Description"
        hint="Optional. What it is and why it matters, in a sentence or two."
        rows={3}
        maxLength={4000}
        value={values.description}
        onChange={(e) => onChange('description', e.target.value)}
        error={errors.description}
      />
      <div className="form-grid">
        <TextField
          id={id('tags')}
          name="tags"
          label="Tags"
          hint="Optional. Separate them with commas, e.g. indicators, hotlines."
          maxLength={900}
          autoComplete="off"
          value={values.tags}
          onChange={(e) => onChange('tags', e.target.value)}
          error={errors.tags}
        />
        <TextField
          id={id('year')}
          name="year"
          label="Year"
          hint="Optional, such as 2013."
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
          label="Meeting"
          emptyLabel="No meeting"
          value={values.meetingId}
          onChange={(v) => onChange('meetingId', v)}
          error={errors.meetingId}
        />
        <OrganisationSelect
          id={id('organisation')}
          name="organisationId"
          label="Organisation"
          emptyLabel="No organisation"
          value={values.organisationId}
          onChange={(v) => onChange('organisationId', v)}
          error={errors.organisationId}
        />
      </div>
    </>
  );
}
