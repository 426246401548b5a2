import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { getFollowUp } from '../api/followUps';
import { queryKeys } from '../api/queryKeys';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { DiscussionSection } from './discussions/SubjectDiscussion';
import { DateTime } from '../components/dates';
import { ErrorMessage, Loading, isNotFound } from '../components/QueryStatus';
import { DueDate, FollowUpBadges } from './followUps/FollowUpCard';
import { FollowUpEditor } from './followUps/FollowUpEditor';
import '../styles/followups.css';
import { VISIBILITY_LABELS } from '../components/labels';

/** `/follow-ups/:id`: one follow-up with its details, its discussion and (for those allowed) an editor. */
export function FollowUpPage() {
  const { t } = useTranslation('meetings');
  const { id = '' } = useParams();
  const query = useQuery({
    queryKey: queryKeys.followUp(id),
    queryFn: ({ signal }) => getFollowUp(id, signal),
  });
  const notFound = isNotFound(query.error);
  // Which version of the item this page saved last: the editor shows "Saved" for that one.
  const [savedAt, setSavedAt] = useState<string | null>(null);
  useDocumentTitle(
    query.data?.title ?? (notFound ? t('followUps.page.notFound.title') : t('followUps.page.title')),
  );
  const back = (
    <p className="back-link">
      <Link to="/follow-ups">{t('followUps.page.back')}</Link>
    </p>
  );
  if (query.isPending)
    return (
      <div className="page">
        {back}
        <Loading label={t('followUps.page.loading')} />
      </div>
    );
  if (notFound)
    return (
      <div className="page page--narrow">
        {back}
        <h1>{t('followUps.page.notFound.title')}</h1>
        <p>{t('followUps.page.notFound.text')}</p>
      </div>
    );
  if (query.isError)
    return (
      <div className="page">
        {back}
        <h1>{t('followUps.page.title')}</h1>
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      </div>
    );
  const item = query.data;
  return (
    <div className="page">
      {back}
      <header className="page-header">
        <p className="eyebrow">{t('followUps.page.title')}</p>
        <h1 dir="auto">{item.title}</h1>
        <FollowUpBadges item={item} />
        <p className="discussion-jump">
          <a href="#discussion">{t('followUps.page.discussion')}</a>
        </p>
      </header>
      <div className="meeting-layout">
        <div className="card meeting-facts">
          <dl className="facts facts--stacked">
            <div>
              <dt>{t('followUps.page.facts.owner')}</dt>
              <dd>
                {item.owner ? (
                  <Link to={`/members?org=${encodeURIComponent(item.owner.slug)}`} dir="auto">
                    {item.owner.name}
                  </Link>
                ) : (
                  t('followUps.page.notRecorded')
                )}
              </dd>
            </div>
            <div>
              <dt>{t('followUps.page.facts.assignee')}</dt>
              <dd>
                <bdi>{item.assignee?.name ?? t('followUps.page.nobody')}</bdi>
              </dd>
            </div>
            <div>
              <dt>{t('followUps.page.facts.due')}</dt>
              <dd>
                <DueDate dueAt={item.dueAt} />
              </dd>
            </div>
            <div>
              <dt>{t('followUps.page.facts.agreedAt')}</dt>
              <dd>
                {item.meeting ? (
                  <Link to={`/meetings/${item.meeting.slug}`} dir="auto">
                    {item.meeting.title}
                  </Link>
                ) : (
                  t('followUps.page.onItsOwn')
                )}
              </dd>
            </div>
            {item.statusChangedAt && (
              <div>
                <dt>{t('followUps.page.facts.statusChanged')}</dt>
                <dd>
                  <DateTime iso={item.statusChangedAt} />
                </dd>
              </div>
            )}
            <div>
              <dt>{t('followUps.page.facts.visibility')}</dt>
              <dd>{VISIBILITY_LABELS[item.visibility]}</dd>
            </div>
          </dl>
        </div>
        <div className="meeting-main">
          <section className="section" aria-labelledby="followup-details-heading">
            <h2 id="followup-details-heading">{t('followUps.page.details')}</h2>
            {item.descriptionHtml ? (
              <div className="prose" dir="auto" dangerouslySetInnerHTML={{ __html: item.descriptionHtml }} />
            ) : (
              <p className="muted">{t('followUps.page.noDetails')}</p>
            )}
          </section>
          {item.can.edit && (
            <FollowUpEditor
              key={item.updatedAt}
              item={item}
              saved={savedAt === item.updatedAt}
              onSaved={(updated) => setSavedAt(updated.updatedAt)}
            />
          )}
          <DiscussionSection
            subjectType="action"
            subjectId={item.id}
            title={item.title}
            visibility={item.visibility}
          />
        </div>
      </div>
    </div>
  );
}
