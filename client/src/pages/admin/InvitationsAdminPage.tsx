import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
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
      <td data-label="Invitee">
        <strong className="break-anywhere">{invitation.email}</strong>
        <span className="cell-note">
          {ROLE_LABELS[invitation.role]}
          {invitation.organisation ? ` of ${invitation.organisation.name}` : ', no organisation'}
        </span>
      </td>
      <td data-label="State">
        <span className={STATE_BADGES[state]}>{INVITATION_STATE_LABELS[state]}</span>
      </td>
      <td data-label="Invited">
        <DateTime iso={invitation.createdAt} />
        {invitation.invitedBy && <span className="cell-note">by {invitation.invitedBy.name}</span>}
      </td>
      <td data-label={state === 'accepted' ? 'Accepted' : state === 'revoked' ? 'Revoked' : 'Expires'}>
        <DateTime iso={invitation.acceptedAt ?? invitation.revokedAt ?? invitation.expiresAt} />
      </td>
      <td data-label="Actions">
        {state === 'accepted' && <span className="muted">—</span>}
        {state !== 'accepted' && (
          <div className="row-actions">
            {state === 'pending' && (
              <ConfirmAction
                label="Revoke"
                question={`Revoke the invitation for ${invitation.email}? Its link stops working.`}
                confirmLabel="Yes, revoke"
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
              {reissue.isPending ? 'Re-issuing…' : 'Re-issue'}
              <span className="visually-hidden"> the invitation for {invitation.email}</span>
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
  const [state, setState] = useState<InvitationState | ''>('pending');
  const params = { state: state || undefined, limit: PAGE_SIZE };
  const { query, items: invitations } = usePagedList(queryKeys.invitations(params), (cursor, signal) =>
    listInvitations({ ...params, cursor }, signal),
  );

  return (
    <section className="section" aria-labelledby="invitation-list-heading">
      <h2 id="invitation-list-heading">Invitations</h2>
      <SingleFilter
        label="Filter invitations"
        id="invitation-state"
        value={state}
        onChange={(v) => setState(v as InvitationState | '')}
      >
        <EnumOptions
          values={INVITATION_STATES}
          labels={INVITATION_STATE_LABELS}
          emptyLabel="All invitations"
        />
      </SingleFilter>
      {query.isPending && <Loading label="Loading invitations…" />}
      {query.isError && <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && invitations.length === 0 && (
        <EmptyState title="No invitations here">Invitations you create appear in this list.</EmptyState>
      )}
      {invitations.length > 0 && (
        <table className="data-table" aria-busy={query.isPlaceholderData || undefined}>
          <caption className="visually-hidden">Invitations, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Invitee</th>
              <th scope="col">State</th>
              <th scope="col">Invited</th>
              <th scope="col">Expires / ended</th>
              <th scope="col">Actions</th>
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
  useDocumentTitle('Invitations · Admin');
  const [issued, setIssued] = useState<IssuedInvitation | null>(null);
  return (
    <div className="page">
      <header className="page-header">
        <h1>Invitations</h1>
        <p className="lead">
          Invite someone by email. They open the one-time link, choose their name and password, and are signed
          in with the role and organisation you chose.
        </p>
      </header>
      {issued && (
        <IssuedLinkNotice
          id="issued-invitation"
          title={`Invitation created for ${issued.invitation.email}`}
          linkLabel="One-time accept link"
          url={issued.acceptUrl}
          onDismiss={() => setIssued(null)}
        >
          <p data-testid="issued-emailed">
            {issued.emailed
              ? `The link was also emailed to ${issued.invitation.email}.`
              : 'The link was not emailed (email is not set up, or sending failed): send it to them yourself.'}
          </p>
        </IssuedLinkNotice>
      )}
      <section className="card section" aria-labelledby="invite-heading">
        <h2 id="invite-heading">Invite someone</h2>
        <InviteForm onIssued={setIssued} />
      </section>
      <InvitationList onIssued={setIssued} />
    </div>
  );
}
