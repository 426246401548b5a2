import { useState } from 'react';
import { Link } from 'react-router';
import { APPLICATION_STATUSES } from '@shared/schemas/application';
import { listApplications, type ApplicationStatus, type ApprovedApplication } from '../../api/applications';
import { queryKeys } from '../../api/queryKeys';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { usePagedList } from '../../hooks/usePagedList';
import { IssuedLinkNotice } from '../../components/IssuedLinkNotice';
import { LoadMoreButton } from '../../components/LoadMoreButton';
import { EmptyState, ErrorMessage, Loading } from '../../components/QueryStatus';
import { APPLICATION_STATUS_LABELS } from '../../components/labels';
import { ApplicationCard } from './ApplicationCard';
import { SingleFilter } from '../../components/SingleFilter';
import { EnumOptions } from '../../components/EnumOptions';

const PAGE_SIZE = 20;

function ApprovalResult({ result, onDismiss }: { result: ApprovedApplication; onDismiss: () => void }) {
  const { organisation, invitation, application } = result;
  return (
    <IssuedLinkNotice
      id="approval"
      title={`${organisation.name} was approved`}
      linkLabel="One-time accept link"
      url={invitation.acceptUrl}
      onDismiss={onDismiss}
    >
      <p>
        The organisation is now in the directory (
        <Link to={`/members?org=${encodeURIComponent(organisation.slug)}`}>view it</Link>,{' '}
        <Link to={`/admin/organisations/${encodeURIComponent(organisation.slug)}`}>edit it</Link>) and{' '}
        {application.contactName} is invited as a member.{' '}
        {invitation.emailed
          ? `The link was also emailed to ${invitation.invitation.email}.`
          : `The link was not emailed: send it to ${invitation.invitation.email} yourself.`}
      </p>
    </IssuedLinkNotice>
  );
}

/** `/admin/applications`: the review queue of membership applications. */
export function ApplicationsAdminPage() {
  useDocumentTitle('Applications · Admin');
  const [status, setStatus] = useState<ApplicationStatus | ''>('pending');
  const [approved, setApproved] = useState<ApprovedApplication | null>(null);
  const params = { status: status || undefined, limit: PAGE_SIZE };
  const { query, items: applications } = usePagedList(queryKeys.applications(params), (cursor, signal) =>
    listApplications({ ...params, cursor }, signal),
  );

  return (
    <div className="page">
      <header className="page-header">
        <h1>Membership applications</h1>
        <p className="lead">
          Organisations that asked to join. Approving adds the organisation to the directory and invites its
          contact; rejecting tells them why.
        </p>
      </header>
      {approved && <ApprovalResult result={approved} onDismiss={() => setApproved(null)} />}
      <SingleFilter
        label="Filter applications"
        id="application-status"
        value={status}
        onChange={(v) => setStatus(v as ApplicationStatus | '')}
      >
        <EnumOptions
          values={APPLICATION_STATUSES}
          labels={APPLICATION_STATUS_LABELS}
          emptyLabel="All applications"
        />
      </SingleFilter>
      {query.isPending && <Loading label="Loading applications…" />}
      {query.isError && <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && applications.length === 0 && (
        <EmptyState title={status === 'pending' ? 'No applications waiting' : 'No applications here'}>
          New applications from the “Apply to join” page appear here.
        </EmptyState>
      )}
      {applications.length > 0 && (
        <ul className="stack" aria-label="Applications" aria-busy={query.isPlaceholderData || undefined}>
          {applications.map((application) => (
            <li key={application.id}>
              <ApplicationCard application={application} onApproved={setApproved} />
            </li>
          ))}
        </ul>
      )}
      <LoadMoreButton query={query} />
    </div>
  );
}
