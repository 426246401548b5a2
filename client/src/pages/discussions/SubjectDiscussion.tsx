import { Link, useLocation } from 'react-router';
import { Trans, useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Visibility } from '@shared/roles';
import type { ThreadSubjectType } from '@shared/schemas/thread';
import { createThread, listThreads } from '../../api/threads';
import { queryKeys } from '../../api/queryKeys';
import { useSession } from '../../hooks/useSession';
import { EmptyState, ErrorMessage, Loading, errorMessage } from '../../components/QueryStatus';
import { LiveThread } from './LiveThread';
import '../../styles/discussions.css';

interface SubjectDiscussionProps {
  subjectType: Exclude<ThreadSubjectType, 'general'>;
  subjectId: string;
  /**
   * The subject's title; the thread is called "Discussion: <title>" when it is started (in the
   * language of the person who starts it: the title is stored as it is written).
   */
  title: string;
  /** The subject's visibility: a hosts-only item gets a hosts-only thread, anything else members-only. */
  visibility: Visibility;
}

/**
 * The discussion of one item (indicator, document, meeting or follow-up), live inside the item's
 * page with "viewing now" and typing, as on the discussion page. Members and hosts start it on
 * first use; anonymous visitors are invited to sign in.
 */
function SubjectDiscussion({ subjectType, subjectId, title, visibility }: SubjectDiscussionProps) {
  const { t } = useTranslation('discussions');
  const { user, isHost } = useSession();
  const { pathname } = useLocation();
  const queryClient = useQueryClient();
  const params = { subjectType, subjectId, limit: 1 };
  const threads = useQuery({
    queryKey: queryKeys.threads(params),
    queryFn: ({ signal }) => listThreads(params, signal),
    enabled: Boolean(user && subjectId),
  });
  const start = useMutation({
    mutationFn: () =>
      createThread({
        subjectType,
        subjectId,
        title: t('subject.threadTitle', { title }).slice(0, 200),
        visibility: visibility === 'hosts' ? 'hosts' : 'members',
      }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['threads'] }),
  });
  if (!user)
    return (
      <p>
        <Trans
          t={t}
          i18nKey="subject.signIn"
          components={{ anchor: <Link to={`/sign-in?next=${encodeURIComponent(pathname)}`} /> }}
        />
      </p>
    );
  if (threads.isPending) return <Loading label={t('thread.loading')} />;
  if (threads.isError) return <ErrorMessage error={threads.error} onRetry={() => void threads.refetch()} />;
  const thread = threads.data.items[0];
  if (!thread) {
    const canStart = user.role === 'member' || isHost;
    return (
      <EmptyState title={t('subject.emptyTitle')}>
        {canStart ? (
          <>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => start.mutate()}
              disabled={start.isPending}
            >
              {start.isPending ? t('subject.starting') : t('subject.start')}
            </button>
            {start.isError && (
              <p className="field__error" role="alert">
                {errorMessage(start.error)}
              </p>
            )}
          </>
        ) : (
          <p>{t('subject.observers')}</p>
        )}
      </EmptyState>
    );
  }
  return (
    <div className="thread subject-thread">
      <LiveThread
        threadId={thread.id}
        canPost={thread.can.post}
        locked={thread.locked}
        label={t('subject.messagesLabel')}
        variant="embedded"
      />
      <p>
        <Link to={`/discussions/${thread.id}`}>{t('subject.openFull')}</Link>
      </p>
    </div>
  );
}

/** The item page's "Discussion" section (the header links to it with #discussion). */
export function DiscussionSection(props: SubjectDiscussionProps) {
  const { t } = useTranslation('discussions');
  return (
    <section className="section" id="discussion" aria-labelledby="discussion-heading">
      <h2 id="discussion-heading">{t('subject.heading')}</h2>
      <SubjectDiscussion {...props} />
    </section>
  );
}
