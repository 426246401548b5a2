import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation } from '@tanstack/react-query';
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

const FAILURE_TITLES: Record<number, string> = {
  409: 'You already have an application waiting',
  429: 'Too many applications from this connection',
};

function Submitted({ email }: { email: string }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section
      className="notice notice--success"
      aria-labelledby="apply-done"
      data-testid="application-submitted"
    >
      <h2 id="apply-done" ref={headingRef} tabIndex={-1}>
        Thank you: your application was sent
      </h2>
      <p>
        A workspace host reviews every application. If yours is approved, {email} receives an invitation link
        to create an account; if not, the host gives a reason.
      </p>
      <p>
        <Link to="/members">Browse the member directory</Link> in the meantime.
      </p>
    </section>
  );
}

/** `/apply`: an organisation applies to join the coalition (public). */
export function ApplyPage() {
  useDocumentTitle('Apply to join');
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

  const failure = mutation.error instanceof ApiError ? FAILURE_TITLES[mutation.error.status] : undefined;
  return (
    <div className="page page--narrow">
      <header className="page-header">
        <h1>Apply to join</h1>
        <p className="lead">
          Organisations working for children’s safety online can apply to join the Dynamic Coalition on Child
          Online Safety. A workspace host reviews each application.
        </p>
      </header>
      {mutation.isSuccess ? (
        <Submitted email={mutation.variables.contactEmail} />
      ) : (
        <form
          ref={formRef}
          onSubmit={onSubmit}
          noValidate
          className="card form-card"
          aria-label="Application"
        >
          <div role="alert" className="form-alert-region">
            {mutation.isError && (
              <div className="notice notice--error">
                <p className="notice__title">{failure ?? 'Your application was not sent'}</p>
                <p>{errorMessage(mutation.error)}</p>
              </div>
            )}
          </div>
          <fieldset className="fieldset">
            <legend className="fieldset__legend">Your organisation</legend>
            <TextField
              id="apply-organisation"
              name="organisationName"
              label="Organisation name"
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
              hint="Where the organisation is based. International organisations: the country of the headquarters."
              autoComplete="country-name"
              value={values.country}
              onChange={set('country')}
              error={errors.country}
              required
            />
            <OrganisationWebsiteField
              id="apply-website"
              label="Website (optional)"
              hint="Starts with https:// or http://"
              autoComplete="url"
              value={values.website}
              onChange={set('website')}
              error={errors.website}
            />
          </fieldset>
          <fieldset className="fieldset">
            <legend className="fieldset__legend">Contact person</legend>
            <TextField
              id="apply-contact-name"
              name="contactName"
              label="Name"
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
              label="Email"
              hint="If the application is approved, the invitation goes to this address."
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
            label="Why do you want to join?"
            hint="At least 30 characters: what your organisation does for children’s safety online, and what you would bring to the coalition."
            rows={6}
            maxLength={4000}
            value={values.motivation}
            onChange={set('motivation')}
            error={errors.motivation}
            required
          />
          <button type="submit" className="button button--block" disabled={mutation.isPending}>
            {mutation.isPending ? 'Sending your application…' : 'Send application'}
          </button>
        </form>
      )}
      <p className="form-card__note">
        Already have an account? <Link to="/sign-in">Sign in</Link>.
      </p>
    </div>
  );
}
