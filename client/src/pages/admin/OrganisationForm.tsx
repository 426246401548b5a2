import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { MEMBERSHIPS, type Membership, type OrgCategory } from '@shared/roles';
import {
  CreateOrganisationSchema,
  type CreateOrganisationInput,
  type OrganisationDto,
  type UpdateOrganisationInput,
} from '@shared/schemas/organisation';
import { ApiError } from '../../api/client';
import { createOrganisation, updateOrganisation } from '../../api/organisations';
import { useRefreshAfterChange } from '../../hooks/useRefreshAfterChange';
import { SelectField, TextAreaField, TextField } from '../../components/FormField';
import {
  OrganisationCategorySelect,
  OrganisationCountryField,
  OrganisationWebsiteField,
} from '../../components/OrganisationFields';
import { errorMessage } from '../../components/QueryStatus';
import { MEMBERSHIP_LABELS } from '../../components/labels';
import {
  fieldErrorsOf,
  focusFirstInvalid,
  type FieldErrors,
  apiFieldErrors,
} from '../../components/formErrors';
import { EnumOptions } from '../../components/EnumOptions';

const FIELDS = ['name', 'category', 'country', 'website', 'description', 'membership', 'joinedYear'];

interface Values {
  name: string;
  category: OrgCategory | '';
  country: string;
  website: string;
  description: string;
  membership: Membership;
  joinedYear: string;
}

const valuesOf = (org?: OrganisationDto): Values => ({
  name: org?.name ?? '',
  category: org?.category ?? '',
  country: org?.country ?? '',
  website: org?.website ?? '',
  description: org?.description ?? '',
  membership: org?.membership ?? 'member',
  joinedYear: org?.joinedYear != null ? String(org.joinedYear) : '',
});

/** The form's values as API input, or the messages to show next to the fields. */
function parseValues(
  t: TFunction<'admin'>,
  v: Values,
): { input?: CreateOrganisationInput; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const year = v.joinedYear.trim();
  if (year && !(/^\d{4}$/.test(year) && Number(year) >= 1990 && Number(year) <= 2100)) {
    errors.joinedYear = t('organisations.form.yearError');
  }
  if (!v.category) errors.category = t('organisationFields.chooseCategory');
  const parsed = CreateOrganisationSchema.safeParse({
    name: v.name,
    category: v.category || undefined,
    country: v.country.trim() || null,
    website: v.website.trim(),
    description: v.description.trim(),
    membership: v.membership,
    joinedYear: year ? Number(year) : null,
  });
  const all = { ...(parsed.success ? {} : fieldErrorsOf(parsed.error)), ...errors };
  return Object.keys(all).length > 0 || !parsed.success
    ? { errors: all }
    : { input: parsed.data, errors: {} };
}

/** Only the fields that differ from the stored organisation. */
function changesFrom(org: OrganisationDto, input: CreateOrganisationInput): UpdateOrganisationInput {
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if ((value ?? null) !== (org[key as keyof OrganisationDto] ?? null)) changes[key] = value;
  }
  return changes as UpdateOrganisationInput;
}

/** Create an organisation (no `org`) or edit one, including marking it a former member. */
export function OrganisationForm({
  org,
  onSaved,
}: {
  org?: OrganisationDto;
  onSaved: (saved: OrganisationDto) => void;
}) {
  const { t } = useTranslation('admin');
  const refresh = useRefreshAfterChange();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Values>(() => valuesOf(org));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [unchanged, setUnchanged] = useState(false);
  const mutation = useMutation({
    mutationFn: (input: CreateOrganisationInput) =>
      org ? updateOrganisation(org.slug, changesFrom(org, input)) : createOrganisation(input),
    onSuccess: (saved) => {
      refresh('organisations', 'organisation');
      onSaved(saved);
    },
    onError: (err) => {
      if (!(err instanceof ApiError)) return;
      setErrors(apiFieldErrors(err));
      focusFirstInvalid(apiFieldErrors(err), FIELDS, formRef.current);
    },
  });

  const set = (name: keyof Values) => (e: { target: { value: string } }) => {
    setUnchanged(false);
    setValues((v) => ({ ...v, [name]: e.target.value }));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { input, errors: fieldErrors } = parseValues(t, values);
    setErrors(fieldErrors);
    if (!input) return focusFirstInvalid(fieldErrors, FIELDS, formRef.current);
    if (org && Object.keys(changesFrom(org, input)).length === 0) return setUnchanged(true);
    mutation.mutate(input);
  };

  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      className="card form-card"
      data-testid="organisation-form"
    >
      <div role="alert" className="form-alert-region">
        {mutation.isError && (
          <div className="notice notice--error">
            <p className="notice__title">
              {org ? t('organisations.form.notSaved') : t('organisations.form.notCreated')}
            </p>
            <p>{errorMessage(mutation.error)}</p>
          </div>
        )}
      </div>
      <TextField
        id="org-name"
        name="name"
        label={t('organisations.form.name')}
        maxLength={200}
        value={values.name}
        onChange={set('name')}
        error={errors.name}
        required
      />
      <OrganisationCategorySelect
        id="org-category"
        value={values.category}
        onChange={set('category')}
        error={errors.category}
      />
      <OrganisationCountryField
        id="org-country"
        hint={t('organisations.form.countryHint')}
        value={values.country}
        onChange={set('country')}
        error={errors.country}
      />
      <OrganisationWebsiteField
        id="org-website"
        label={t('organisations.form.website')}
        hint={t('organisations.form.websiteHint')}
        value={values.website}
        onChange={set('website')}
        error={errors.website}
      />
      <TextAreaField
        id="org-description"
        name="description"
        label={t('organisations.form.description')}
        hint={t('organisations.form.descriptionHint')}
        maxLength={2000}
        value={values.description}
        onChange={set('description')}
        error={errors.description}
      />
      <SelectField
        id="org-membership"
        name="membership"
        label={t('organisations.form.membership')}
        hint={t('organisations.form.membershipHint')}
        value={values.membership}
        onChange={set('membership')}
        error={errors.membership}
      >
        <EnumOptions values={MEMBERSHIPS} labels={MEMBERSHIP_LABELS} />
      </SelectField>
      <TextField
        id="org-joined"
        name="joinedYear"
        label={t('organisations.form.joined')}
        hint={t('organisations.form.joinedHint')}
        inputMode="numeric"
        className="input input--year"
        maxLength={4}
        value={values.joinedYear}
        onChange={set('joinedYear')}
        error={errors.joinedYear}
      />
      <p role="status" className="form-alert-region">
        {unchanged ? t('organisations.form.unchanged') : ''}
      </p>
      <button type="submit" className="button" disabled={mutation.isPending}>
        {mutation.isPending ? t('saving') : org ? t('saveChanges') : t('organisations.form.create')}
      </button>
    </form>
  );
}
