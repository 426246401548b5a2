import { useState } from 'react';
import { Link } from 'react-router';
import { Trans, useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('admin');
  const { organisation, invitation, application } = result;
  return (
    <IssuedLinkNotice
      id="approval"
      title={t('applications.approved.title', { name: organisation.name })}
      linkLabel={t('acceptLinkLabel')}
      url={invitation.acceptUrl}
      onDismiss={onDismiss}
    >
      <p>
        <Trans
          t={t}
          i18nKey={invitation.emailed ? 'applications.approved.emailed' : 'applications.approved.notEmailed'}
          values={{ contact: application.contactName, email: invitation.invitation.email }}
          components={{
            view: <Link to={`/members?org=${encodeURIComponent(organisation.slug)}`} />,
            edit: <Link to={`/admin/organisations/${encodeURIComponent(organisation.slug)}`} />,
          }}
        />
      </p>
    </IssuedLinkNotice>
  );
}

/** `/admin/applications`: the review queue of membership applications. */
export function ApplicationsAdminPage() {
  const { t } = useTranslation('admin');
  useDocumentTitle(t('titles.applications'));
  const [status, setStatus] = useState<ApplicationStatus | ''>('pending');
  const [approved, setApproved] = useState<ApprovedApplication | null>(null);
  const params = { status: status || undefined, limit: PAGE_SIZE };
  const { query, items: applications } = usePagedList(queryKeys.applications(params), (cursor, signal) =>
    listApplications({ ...params, cursor }, signal),
  );

  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('applications.title')}</h1>
        <p className="lead">{t('applications.lead')}</p>
      </header>
      {approved && <ApprovalResult result={approved} onDismiss={() => setApproved(null)} />}
      <SingleFilter
        label={t('applications.filter')}
        id="application-status"
        value={status}
        onChange={(v) => setStatus(v as ApplicationStatus | '')}
      >
        <EnumOptions
          values={APPLICATION_STATUSES}
          labels={APPLICATION_STATUS_LABELS}
          emptyLabel={t('applications.all')}
        />
      </SingleFilter>
      {query.isPending && <Loading label={t('applications.loading')} />}
      {query.isError && <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && applications.length === 0 && (
        <EmptyState title={status === 'pending' ? t('applications.emptyWaiting') : t('applications.empty')}>
          {t('applications.emptyText')}
        </EmptyState>
      )}
      {applications.length > 0 && (
        <ul
          className="stack"
          aria-label={t('nav.applications')}
          aria-busy={query.isPlaceholderData || undefined}
        >
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
