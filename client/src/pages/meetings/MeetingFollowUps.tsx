import { Link } from 'react-router';
import { Trans, useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { listFollowUps } from '../../api/followUps';
import { queryKeys } from '../../api/queryKeys';
import { useSession } from '../../hooks/useSession';
import { ErrorMessage, Loading } from '../../components/QueryStatus';
import { FollowUpCard } from '../followUps/FollowUpCard';
import { NewFollowUpForm } from '../followUps/NewFollowUpForm';
import '../../styles/followups.css';

/** The follow-ups agreed at a meeting. They are for signed-in readers; visitors are invited to sign in. */
export function MeetingFollowUps({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation('meetings');
  const { user, isHost } = useSession();
  const params = { meeting: meetingId, limit: 100 };
  const query = useQuery({
    queryKey: queryKeys.followUps(params),
    queryFn: ({ signal }) => listFollowUps(params, signal),
    enabled: !!user,
  });
  let body;
  if (!user)
    body = (
      <p className="muted">
        <Trans t={t} i18nKey="followUpsSection.signIn" components={{ signIn: <Link to="/sign-in" /> }} />
      </p>
    );
  else if (query.isPending) body = <Loading label={t('followUpsSection.loading')} />;
  else if (query.isError) body = <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  else if (query.data.items.length === 0) body = <p className="muted">{t('followUpsSection.none')}</p>;
  else
    body = (
      <ul className="followup-list--compact" data-testid="meeting-followups">
        {query.data.items.map((item) => (
          <li key={item.id}>
            <FollowUpCard item={item} headingLevel={3} />
          </li>
        ))}
      </ul>
    );
  return (
    <section className="section" aria-labelledby="followups-heading">
      <div className="section__header">
        <h2 id="followups-heading">{t('followUpsSection.heading')}</h2>
        {user && <Link to="/follow-ups">{t('followUpsSection.all')}</Link>}
      </div>
      {body}
      {(user?.role === 'member' || isHost) && (
        <details className="card disclosure">
          <summary>{t('followUpsSection.record')}</summary>
          <NewFollowUpForm meetingId={meetingId} />
        </details>
      )}
    </section>
  );
}
