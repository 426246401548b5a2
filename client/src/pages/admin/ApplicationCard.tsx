import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Trans, useTranslation } from 'react-i18next';
import { RejectApplicationSchema, type ApplicationDto } from '@shared/schemas/application';
import { ApiError } from '../../api/client';
import { approveApplication, rejectApplication, type ApprovedApplication } from '../../api/applications';
import { useRefreshAfterChange } from '../../hooks/useRefreshAfterChange';
import { ConfirmAction } from '../../components/ConfirmAction';
import { TextAreaField } from '../../components/FormField';
import { errorMessage } from '../../components/QueryStatus';
import { DateTime, formatDateTime } from '../../components/dates';
import { APPLICATION_STATUS_LABELS, ORG_CATEGORY_LABELS } from '../../components/labels';
import { fieldErrorsOf } from '../../components/formErrors';
import { countryName } from '../../components/countries';

const STATUS_BADGES = { pending: 'badge', approved: 'badge badge--success', rejected: 'badge badge--muted' };

function RejectForm({ application, onCancel }: { application: ApplicationDto; onCancel: () => void }) {
  const { t } = useTranslation('admin');
  const refresh = useRefreshAfterChange();
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const reject = useMutation({
    mutationFn: (text: string) => rejectApplication(application.id, text),
    onSuccess: () => refresh('applications'),
    onError: (err) => {
      if (err instanceof ApiError && err.fields.reason) setError(err.fields.reason);
    },
  });
  const id = `reject-${application.id}`;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = RejectApplicationSchema.safeParse({ reason });
    if (!parsed.success) {
      setError(fieldErrorsOf(parsed.error).reason);
      reasonRef.current?.focus();
      return;
    }
    setError(undefined);
    reject.mutate(parsed.data.reason);
  };

  return (
    <form
      className="reject-form"
      onSubmit={onSubmit}
      noValidate
      aria-label={t('applications.reject.formLabel', { name: application.organisationName })}
    >
      <TextAreaField
        ref={reasonRef}
        id={`${id}-reason`}
        name="reason"
        label={t('applications.reject.reasonLabel')}
        hint={t('applications.reject.reasonHint')}
        rows={3}
        maxLength={2000}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={error}
        autoFocus
        required
      />
      <div role="alert" className="form-alert-region">
        {reject.isError && !error && <p className="notice notice--error">{errorMessage(reject.error)}</p>}
      </div>
      <div className="row-actions">
        <button type="submit" className="button button--small button--danger" disabled={reject.isPending}>
          {reject.isPending ? t('applications.reject.pending') : t('applications.reject.submit')}
        </button>
        <button type="button" className="button button--secondary button--small" onClick={onCancel}>
          {t('applications.reject.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Which sentence tells how an application was reviewed: by whom, when, and why (a rejection). */
function reviewVariant(a: ApplicationDto): string {
  const by = a.reviewer ? 'by' : '';
  const on = a.reviewedAt ? 'on' : '';
  const reason = a.rejectionReason ? 'reason' : '';
  const parts = [by, on, reason].filter(Boolean);
  if (parts.length === 0) return 'plain';
  return parts.map((p, i) => (i === 0 ? p : p.charAt(0).toUpperCase() + p.slice(1))).join('');
}

/** One membership application with everything the applicant sent, and Approve / Reject when pending. */
export function ApplicationCard({
  application,
  onApproved,
}: {
  application: ApplicationDto;
  onApproved: (result: ApprovedApplication) => void;
}) {
  const { t, i18n } = useTranslation('admin');
  const refresh = useRefreshAfterChange();
  const [rejecting, setRejecting] = useState(false);
  const approve = useMutation({
    mutationFn: () => approveApplication(application.id),
    onSuccess: (result) => {
      refresh('applications', 'invitations', 'organisations');
      onApproved(result);
    },
  });
  const a = application;
  const headingId = `application-${a.id}`;
  return (
    <article className="card application-card" aria-labelledby={headingId} data-testid="application-card">
      <h2 className="card__title" id={headingId}>
        {a.organisationName}
      </h2>
      <p className="chip-row">
        <span className="badge">{ORG_CATEGORY_LABELS[a.category]}</span>
        <span className={STATUS_BADGES[a.status]}>{APPLICATION_STATUS_LABELS[a.status]}</span>
      </p>
      <dl className="facts">
        <div>
          <dt>{t('applications.card.country')}</dt>
          <dd>{countryName(a.country, i18n.language)}</dd>
        </div>
        <div>
          <dt>{t('applications.card.website')}</dt>
          <dd>
            {a.website ? (
              <a href={a.website} target="_blank" rel="noopener noreferrer" className="break-anywhere">
                {a.website}
                <span className="visually-hidden"> {t('applications.card.opensInNewTab')}</span>
              </a>
            ) : (
              t('applications.card.noWebsite')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('applications.card.contact')}</dt>
          <dd>
            {a.contactName},{' '}
            <a href={`mailto:${a.contactEmail}`} className="break-anywhere">
              {a.contactEmail}
            </a>
          </dd>
        </div>
        <div>
          <dt>{t('applications.card.submitted')}</dt>
          <dd>
            <DateTime iso={a.createdAt} />
          </dd>
        </div>
      </dl>
      <h3 className="application-card__label">{t('applications.card.motivation')}</h3>
      <p className="application-card__motivation" dir="auto">
        {a.motivation}
      </p>
      {a.status !== 'pending' && (
        <p className="muted">
          <Trans
            t={t}
            i18nKey={`applications.card.review.${reviewVariant(a)}`}
            values={{
              status: APPLICATION_STATUS_LABELS[a.status],
              name: a.reviewer?.name,
              date: a.reviewedAt ? formatDateTime(a.reviewedAt) : undefined,
              reason: a.rejectionReason,
            }}
            components={{ time: <time dateTime={a.reviewedAt ?? undefined} /> }}
          />
        </p>
      )}
      {a.status === 'pending' && !rejecting && (
        <div className="row-actions">
          <ConfirmAction
            label={t('applications.card.approve')}
            question={t('applications.card.approveQuestion', {
              organisation: a.organisationName,
              contact: a.contactName,
            })}
            confirmLabel={t('applications.card.approveConfirm')}
            onConfirm={() => approve.mutate()}
            pending={approve.isPending}
          />
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => setRejecting(true)}
          >
            {t('applications.card.reject')}
          </button>
        </div>
      )}
      {a.status === 'pending' && rejecting && (
        <RejectForm application={a} onCancel={() => setRejecting(false)} />
      )}
      <div role="alert" className="form-alert-region">
        {approve.isError && <p className="notice notice--error">{errorMessage(approve.error)}</p>}
      </div>
    </article>
  );
}
