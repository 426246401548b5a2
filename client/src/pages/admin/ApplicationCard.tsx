import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { ORG_CATEGORY_LABELS } from '@shared/roles';
import { RejectApplicationSchema, type ApplicationDto } from '@shared/schemas/application';
import { ApiError } from '../../api/client';
import { approveApplication, rejectApplication, type ApprovedApplication } from '../../api/applications';
import { useRefreshAfterChange } from '../../hooks/useRefreshAfterChange';
import { ConfirmAction } from '../../components/ConfirmAction';
import { TextAreaField } from '../../components/FormField';
import { errorMessage } from '../../components/QueryStatus';
import { DateTime } from '../../components/dates';
import { APPLICATION_STATUS_LABELS } from '../../components/labels';
import { fieldErrorsOf } from '../../components/formErrors';

const STATUS_BADGES = { pending: 'badge', approved: 'badge badge--success', rejected: 'badge badge--muted' };

function RejectForm({ application, onCancel }: { application: ApplicationDto; onCancel: () => void }) {
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
      aria-label={`Reject ${application.organisationName}`}
    >
      <TextAreaField
        ref={reasonRef}
        id={`${id}-reason`}
        name="reason"
        label="Reason for rejecting"
        hint="The applicant is told this reason. Be specific and kind."
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
          {reject.isPending ? 'Rejecting…' : 'Reject application'}
        </button>
        <button type="button" className="button button--secondary button--small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** One membership application with everything the applicant sent, and Approve / Reject when pending. */
export function ApplicationCard({
  application,
  onApproved,
}: {
  application: ApplicationDto;
  onApproved: (result: ApprovedApplication) => void;
}) {
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
          <dt>Country</dt>
          <dd>{a.country}</dd>
        </div>
        <div>
          <dt>Website</dt>
          <dd>
            {a.website ? (
              <a href={a.website} target="_blank" rel="noopener noreferrer" className="break-anywhere">
                {a.website}
                <span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            ) : (
              'None given'
            )}
          </dd>
        </div>
        <div>
          <dt>Contact</dt>
          <dd>
            {a.contactName},{' '}
            <a href={`mailto:${a.contactEmail}`} className="break-anywhere">
              {a.contactEmail}
            </a>
          </dd>
        </div>
        <div>
          <dt>Submitted</dt>
          <dd>
            <DateTime iso={a.createdAt} />
          </dd>
        </div>
      </dl>
      <h3 className="application-card__label">Why they want to join</h3>
      <p className="application-card__motivation">{a.motivation}</p>
      {a.status !== 'pending' && (
        <p className="muted">
          {APPLICATION_STATUS_LABELS[a.status]}
          {a.reviewer && ` by ${a.reviewer.name}`}
          {a.reviewedAt && (
            <>
              {' on '}
              <DateTime iso={a.reviewedAt} />
            </>
          )}
          {a.rejectionReason && `. Reason: ${a.rejectionReason}`}
        </p>
      )}
      {a.status === 'pending' && !rejecting && (
        <div className="row-actions">
          <ConfirmAction
            label="Approve"
            question={`Approve ${a.organisationName}? It is added to the directory as a member, and ${a.contactName} is invited as a member.`}
            confirmLabel="Yes, approve"
            onConfirm={() => approve.mutate()}
            pending={approve.isPending}
          />
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => setRejecting(true)}
          >
            Reject…
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
