import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { getAction } from '../api/actions';
import { queryKeys } from '../api/queryKeys';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { DiscussionSection } from './discussions/SubjectDiscussion';
import { DateTime } from '../components/dates';
import { ErrorMessage, Loading, isNotFound } from '../components/QueryStatus';
import { VISIBILITY_LABELS } from '../components/labels';
import { DueDate, FollowUpBadges } from './followups/FollowUpCard';
import { FollowUpEditor } from './followups/FollowUpEditor';
import '../styles/followups.css';

/** `/follow-ups/:id`: one follow-up with its details, its discussion and (for those allowed) an editor. */
export function FollowUpPage() {
  const { id = '' } = useParams();
  const query = useQuery({ queryKey: queryKeys.action(id), queryFn: ({ signal }) => getAction(id, signal) });
  const notFound = isNotFound(query.error);
  // Which version of the item this page saved last: the editor shows "Saved" for that one.
  const [savedAt, setSavedAt] = useState<string | null>(null);
  useDocumentTitle(query.data?.title ?? (notFound ? 'Follow-up not found' : 'Follow-up'));
  const back = (
    <p className="back-link">
      <Link to="/follow-ups">← All follow-ups</Link>
    </p>
  );
  if (query.isPending)
    return (
      <div className="page">
        {back}
        <Loading label="Loading the follow-up…" />
      </div>
    );
  if (notFound)
    return (
      <div className="page page--narrow">
        {back}
        <h1>Follow-up not found</h1>
        <p>There is no follow-up at this address, or you may not see it.</p>
      </div>
    );
  if (query.isError)
    return (
      <div className="page">
        {back}
        <h1>Follow-up</h1>
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      </div>
    );
  const item = query.data;
  return (
    <div className="page">
      {back}
      <header className="page-header">
        <p className="eyebrow">Follow-up</p>
        <h1>{item.title}</h1>
        <FollowUpBadges item={item} />
        <p className="discussion-jump">
          <a href="#discussion">Discussion</a>
        </p>
      </header>
      <div className="meeting-layout">
        <div className="card meeting-facts">
          <dl className="facts facts--stacked">
            <div>
              <dt>Owner organisation</dt>
              <dd>
                {item.owner ? (
                  <Link to={`/members?org=${encodeURIComponent(item.owner.slug)}`}>{item.owner.name}</Link>
                ) : (
                  'Not recorded'
                )}
              </dd>
            </div>
            <div>
              <dt>Assignee</dt>
              <dd>{item.assignee?.name ?? 'Nobody yet'}</dd>
            </div>
            <div>
              <dt>Due</dt>
              <dd>
                <DueDate dueAt={item.dueAt} />
              </dd>
            </div>
            <div>
              <dt>Agreed at</dt>
              <dd>
                {item.meeting ? (
                  <Link to={`/meetings/${item.meeting.slug}`}>{item.meeting.title}</Link>
                ) : (
                  'Recorded on its own'
                )}
              </dd>
            </div>
            {item.statusChangedAt && (
              <div>
                <dt>Status last changed</dt>
                <dd>
                  <DateTime iso={item.statusChangedAt} />
                </dd>
              </div>
            )}
            <div>
              <dt>Visibility</dt>
              <dd>{VISIBILITY_LABELS[item.visibility]}</dd>
            </div>
          </dl>
        </div>
        <div className="meeting-main">
          <section className="section" aria-labelledby="followup-details-heading">
            <h2 id="followup-details-heading">Details</h2>
            {item.descriptionHtml ? (
              <div className="prose" dangerouslySetInnerHTML={{ __html: item.descriptionHtml }} />
            ) : (
              <p className="muted">No details recorded.</p>
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
