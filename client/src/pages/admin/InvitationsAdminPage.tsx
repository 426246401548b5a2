import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Trans, useTranslation } from 'react-i18next';
import { INVITATION_STATES, type InvitationDto, type IssuedInvitation } from '@shared/schemas/invitation';
import {
  listInvitations,
  reissueInvitation,
  revokeInvitation,
  type InvitationState,
} from '../../api/invitations';
import { queryKeys } from '../../api/queryKeys';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { usePagedList } from '../../hooks/usePagedList';
import { useRefreshAfterChange } from '../../hooks/useRefreshAfterChange';
import { ConfirmAction } from '../../components/ConfirmAction';
import { IssuedLinkNotice } from '../../components/IssuedLinkNotice';
import { LoadMoreButton } from '../../components/LoadMoreButton';
import { EmptyState, ErrorMessage, Loading, errorMessage } from '../../components/QueryStatus';
import { DateTime } from '../../components/dates';
import { INVITATION_STATE_LABELS, ROLE_LABELS } from '../../components/labels';
import { InviteForm } from './InviteForm';
import { SingleFilter } from '../../components/SingleFilter';
import { EnumOptions } from '../../components/EnumOptions';

const PAGE_SIZE = 20;
const STATE_BADGES: Record<InvitationState, string> = {
  pending: 'badge',
  accepted: 'badge badge--success',
  revoked: 'badge badge--muted',
  expired: 'badge badge--muted',
};

function InvitationRow({
  invitation,
  onIssued,
}: {
  invitation: InvitationDto;
  onIssued: (i: IssuedInvitation) => void;
}) {
  const { t } = useTranslation('admin');
  const refresh = useRefreshAfterChange();
  const revoke = useMutation({ mutationFn: revokeInvitation, onSuccess: () => refresh('invitations') });
  const reissue = useMutation({
    mutationFn: reissueInvitation,
    onSuccess: (issued) => {
      refresh('invitations');
      onIssued(issued);
    },
  });
  const failed = revoke.error ?? reissue.error;
  const { state } = invitation;
  return (
    <tr>
      <td data-label={t('invitations.columns.invitee')}>
        <strong className="break-anywhere">{invitation.email}</strong>
        <span className="cell-note">
          {invitation.organisation
            ? t('invitations.row.roleOf', {
                role: ROLE_LABELS[invitation.role],
                organisation: invitation.organisation.name,
              })
            : t('invitations.row.roleAlone', { role: ROLE_LABELS[invitation.role] })}
        </span>
      </td>
      <td data-label={t('invitations.columns.state')}>
        <span className={STATE_BADGES[state]}>{INVITATION_STATE_LABELS[state]}</span>
      </td>
      <td data-label={t('invitations.columns.invited')}>
        <DateTime iso={invitation.createdAt} />
        {invitation.invitedBy && (
          <span className="cell-note">{t('invitations.row.by', { name: invitation.invitedBy.name })}</span>
        )}
      </td>
      <td
        data-label={
          state === 'accepted'
            ? t('invitations.row.accepted')
            : state === 'revoked'
              ? t('invitations.row.revoked')
              : t('invitations.row.expires')
        }
      >
        <DateTime iso={invitation.acceptedAt ?? invitation.revokedAt ?? invitation.expiresAt} />
      </td>
      <td data-label={t('invitations.columns.actions')}>
        {state === 'accepted' && <span className="muted">—</span>}
        {state !== 'accepted' && (
          <div className="row-actions">
            {state === 'pending' && (
              <ConfirmAction
                label={t('invitations.row.revoke')}
                question={t('invitations.row.revokeQuestion', { email: invitation.email })}
                confirmLabel={t('invitations.row.revokeConfirm')}
                onConfirm={() => revoke.mutate(invitation.id)}
                pending={revoke.isPending}
                danger
              />
            )}
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => reissue.mutate(invitation.id)}
              disabled={reissue.isPending}
            >
              <Trans
                t={t}
                i18nKey={reissue.isPending ? 'invitations.row.reissuing' : 'invitations.row.reissue'}
                values={{ email: invitation.email }}
                components={{ hidden: <span className="visually-hidden" /> }}
              />
            </button>
          </div>
        )}
        <p role="alert" className="row-error">
          {failed ? errorMessage(failed) : ''}
        </p>
      </td>
    </tr>
  );
}

function InvitationList({ onIssued }: { onIssued: (i: IssuedInvitation) => void }) {
  const { t } = useTranslation('admin');
  const [state, setState] = useState<InvitationState | ''>('pending');
  const params = { state: state || undefined, limit: PAGE_SIZE };
  const { query, items: invitations } = usePagedList(queryKeys.invitations(params), (cursor, signal) =>
    listInvitations({ ...params, cursor }, signal),
  );

  return (
    <section className="section" aria-labelledby="invitation-list-heading">
      <h2 id="invitation-list-heading">{t('nav.invitations')}</h2>
      <SingleFilter
        label={t('invitations.filter')}
        id="invitation-state"
        value={state}
        onChange={(v) => setState(v as InvitationState | '')}
      >
        <EnumOptions
          values={INVITATION_STATES}
          labels={INVITATION_STATE_LABELS}
          emptyLabel={t('invitations.all')}
        />
      </SingleFilter>
      {query.isPending && <Loading label={t('invitations.loading')} />}
      {query.isError && <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && invitations.length === 0 && (
        <EmptyState title={t('invitations.empty')}>{t('invitations.emptyText')}</EmptyState>
      )}
      {invitations.length > 0 && (
        <table className="data-table" aria-busy={query.isPlaceholderData || undefined}>
          <caption className="visually-hidden">{t('invitations.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('invitations.columns.invitee')}</th>
              <th scope="col">{t('invitations.columns.state')}</th>
              <th scope="col">{t('invitations.columns.invited')}</th>
              <th scope="col">{t('invitations.columns.ended')}</th>
              <th scope="col">{t('invitations.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {invitations.map((invitation) => (
              <InvitationRow key={invitation.id} invitation={invitation} onIssued={onIssued} />
            ))}
          </tbody>
        </table>
      )}
      <LoadMoreButton query={query} />
    </section>
  );
}

/** `/admin/invitations`: invite people, and manage the invitations already sent. */
export function InvitationsAdminPage() {
  const { t } = useTranslation('admin');
  useDocumentTitle(t('titles.invitations'));
  const [issued, setIssued] = useState<IssuedInvitation | null>(null);
  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('nav.invitations')}</h1>
        <p className="lead">{t('invitations.lead')}</p>
      </header>
      {issued && (
        <IssuedLinkNotice
          id="issued-invitation"
          title={t('invitations.issued.title', { email: issued.invitation.email })}
          linkLabel={t('acceptLinkLabel')}
          url={issued.acceptUrl}
          onDismiss={() => setIssued(null)}
        >
          <p data-testid="issued-emailed">
            {issued.emailed
              ? t('invitations.issued.emailed', { email: issued.invitation.email })
              : t('invitations.issued.notEmailed')}
          </p>
        </IssuedLinkNotice>
      )}
      <section className="card section" aria-labelledby="invite-heading">
        <h2 id="invite-heading">{t('invitations.inviteHeading')}</h2>
        <InviteForm onIssued={setIssued} />
      </section>
      <InvitationList onIssued={setIssued} />
    </div>
  );
}
