import { useNavigate } from 'react-router';
import { useMutation } from '@tanstack/react-query';
import type { Visibility } from '@shared/roles';
import { createThread } from '../api/threads';
import { useSession } from '../hooks/useSession';
import { errorMessage } from './QueryStatus';

interface DiscussionLinkProps {
  subjectType: 'document' | 'meeting' | 'action';
  subjectId: string;
  /** The subject's title; the thread is called "Discussion: <title>" when it is created. */
  title: string;
  visibility: Visibility;
}

/**
 * "Discussion": opens the subject's thread, creating it on first use. Shown to members and hosts;
 * the thread is members-only (hosts-only for a hosts-only subject).
 */
export function DiscussionLink({ subjectType, subjectId, title, visibility }: DiscussionLinkProps) {
  const { user, isHost } = useSession();
  const navigate = useNavigate();
  const open = useMutation({
    mutationFn: () =>
      createThread({
        subjectType,
        subjectId,
        title: `Discussion: ${title}`.slice(0, 200),
        visibility: visibility === 'hosts' ? 'hosts' : 'members',
      }),
    onSuccess: (thread) => void navigate(`/discussions/${thread.id}`),
  });
  if (!(user?.role === 'member' || isHost)) return null;
  return (
    <div className="discussion-link">
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => open.mutate()}
        disabled={open.isPending}
      >
        {open.isPending ? 'Opening…' : 'Discussion'}
      </button>
      {open.isError && (
        <p className="field__error" role="alert">
          {errorMessage(open.error)}
        </p>
      )}
    </div>
  );
}
