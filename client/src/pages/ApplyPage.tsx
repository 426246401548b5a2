import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation } from '@tanstack/react-query';
import { Trans, useTranslation } from 'react-i18next';
import { LIMITS } from '@shared/limits';
import { SubmitApplicationSchema, type SubmitApplicationInput } from '@shared/schemas/application';
import { ApiError } from '../api/client';
import { submitApplication } from '../api/applications';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { TextAreaField, TextField } from '../components/FormField';
import {
  OrganisationCategorySelect,
  OrganisationCountryField,
  OrganisationWebsiteField,
} from '../components/OrganisationFields';
import { errorMessage } from '../components/QueryStatus';
import { fieldErrorsOf, focusFirstInvalid, type FieldErrors, apiFieldErrors } from '../components/formErrors';

const FIELDS = [
  'organisationName',
  'category',
  'country',
  'website',
  'contactName',
  'contactEmail',
  'motivation',
];
const EMPTY = {
  organisationName: '',
  category: '',
  country: '',
  website: '',
  contactName: '',
  contactEmail: '',
  motivation: '',
};
type Values = typeof EMPTY;

/** The failures that have their own title, by HTTP status: `apply.failures.<key>` in `auth`. */
const FAILURE_KEYS: Record<number, string> = { 409: 'waiting', 429: 'tooMany' };

function Submitted({ email }: { email: string }) {
  const { t } = useTranslation('auth');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section
      className="notice notice--success"
      aria-labelledby="apply-done"
      data-testid="application-submitted"
    >
      <h2 id="apply-done" ref={headingRef} tabIndex={-1}>
        {t('apply.submitted.title')}
      </h2>
      <p>{t('apply.submitted.text', { email })}</p>
      <p>
        <Trans t={t} i18nKey="apply.submitted.browse" components={{ anchor: <Link to="/members" /> }} />
      </p>
    </section>
  );
}

/** `/apply`: an organisation applies to join the coalition (public). */
export function ApplyPage() {
  const { t } = useTranslation('auth');
  useDocumentTitle(t('apply.title'));
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const mutation = useMutation({
    mutationFn: (input: SubmitApplicationInput) => submitApplication(input),
    onError: (err) => {
      if (!(err instanceof ApiError)) return;
      setErrors(apiFieldErrors(err));
      focusFirstInvalid(apiFieldErrors(err), FIELDS, formRef.current);
    },
  });
  const set = (name: keyof Values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [name]: e.target.value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = SubmitApplicationSchema.safeParse({ ...values, category: values.category || undefined });
    if (!parsed.success) {
      const fieldErrors = fieldErrorsOf(parsed.error);
      setErrors(fieldErrors);
      focusFirstInvalid(fieldErrors, FIELDS, formRef.current);
      return;
    }
    setErrors({});
    mutation.mutate(parsed.data);
  };

  const failureKey = mutation.error instanceof ApiError ? FAILURE_KEYS[mutation.error.status] : undefined;
  const failure = failureKey ? t(`apply.failures.${failureKey}`) : undefined;
  return (
    <div className="page page--narrow">
      <header className="page-header">
        <h1>{t('apply.title')}</h1>
        <p className="lead">{t('apply.lead')}</p>
      </header>
      {mutation.isSuccess ? (
        <Submitted email={mutation.variables.contactEmail} />
      ) : (
        <form
          ref={formRef}
          onSubmit={onSubmit}
          noValidate
          className="card form-card"
          aria-label={t('apply.formLabel')}
        >
          <div role="alert" className="form-alert-region">
            {mutation.isError && (
              <div className="notice notice--error">
                <p className="notice__title">{failure ?? t('apply.failures.other')}</p>
                <p>{errorMessage(mutation.error)}</p>
              </div>
            )}
          </div>
          <fieldset className="fieldset">
            <legend className="fieldset__legend">{t('apply.organisation')}</legend>
            <TextField
              id="apply-organisation"
              name="organisationName"
              label={t('apply.organisationName')}
              autoComplete="organization"
              maxLength={200}
              value={values.organisationName}
              onChange={set('organisationName')}
              error={errors.organisationName}
              required
            />
            <OrganisationCategorySelect
              id="apply-category"
              value={values.category}
              onChange={set('category')}
              error={errors.category}
              required
            />
            <OrganisationCountryField
              id="apply-country"
              hint={t('apply.countryHint')}
              autoComplete="country-name"
              value={values.country}
              onChange={set('country')}
              error={errors.country}
              required
            />
            <OrganisationWebsiteField
              id="apply-website"
              label={t('apply.website')}
              hint={t('apply.websiteHint')}
              autoComplete="url"
              value={values.website}
              onChange={set('website')}
              error={errors.website}
            />
          </fieldset>
          <fieldset className="fieldset">
            <legend className="fieldset__legend">{t('apply.contact')}</legend>
            <TextField
              id="apply-contact-name"
              name="contactName"
              label={t('apply.contactName')}
              autoComplete="name"
              maxLength={LIMITS.nameMax}
              value={values.contactName}
              onChange={set('contactName')}
              error={errors.contactName}
              required
            />
            <TextField
              id="apply-contact-email"
              name="contactEmail"
              label={t('apply.contactEmail')}
              hint={t('apply.contactEmailHint')}
              type="email"
              inputMode="email"
              autoComplete="email"
              spellCheck={false}
              maxLength={LIMITS.emailMax}
              value={values.contactEmail}
              onChange={set('contactEmail')}
              error={errors.contactEmail}
              required
            />
          </fieldset>
          <TextAreaField
            id="apply-motivation"
            name="motivation"
            label={t('apply.motivation')}
            hint={t('apply.motivationHint')}
            rows={6}
            maxLength={4000}
            value={values.motivation}
            onChange={set('motivation')}
            error={errors.motivation}
            required
          />
          <button type="submit" className="button button--block" disabled={mutation.isPending}>
            {mutation.isPending ? t('apply.pending') : t('apply.submit')}
          </button>
        </form>
      )}
      <p className="form-card__note">
        <Trans t={t} i18nKey="apply.signIn" components={{ anchor: <Link to="/sign-in" /> }} />
      </p>
    </div>
  );
}
