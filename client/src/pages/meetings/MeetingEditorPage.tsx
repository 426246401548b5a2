import type { ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import type { MeetingDto } from '@shared/schemas/meeting';
import { getMeeting } from '../../api/meetings';
import { ApiError } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { useSession } from '../../hooks/useSession';
import { ErrorMessage, Loading } from '../../components/QueryStatus';
import { MeetingForm } from './MeetingForm';

const meetingLink = (slug: string) => `/meetings/${encodeURIComponent(slug)}`;

function Frame({ back, title, children }: { back: string; title: string; children: ReactNode }) {
  return (
    <div className="page page--narrow">
      <p className="back-link">
        <Link to={back}>← Back</Link>
      </p>
      <header className="page-header">
        <h1>{title}</h1>
      </header>
      {children}
    </div>
  );
}

function EditMeeting({ slug, onSaved }: { slug: string; onSaved: (m: MeetingDto) => void }) {
  const query = useQuery({
    queryKey: queryKeys.meeting(slug),
    queryFn: ({ signal }) => getMeeting(slug, signal),
  });
  useDocumentTitle(query.data ? `Edit ${query.data.title}` : 'Edit meeting');
  const notFound = query.error instanceof ApiError && query.error.status === 404;
  return (
    <Frame back={meetingLink(slug)} title={query.data ? `Edit ${query.data.title}` : 'Edit meeting'}>
      {query.isPending && <Loading label="Loading the meeting…" />}
      {notFound && <p>There is no meeting at this address.</p>}
      {query.isError && !notFound && (
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      )}
      {query.isSuccess && <MeetingForm key={query.data.id} meeting={query.data} onSaved={onSaved} />}
    </Frame>
  );
}

function NewMeeting({ onSaved }: { onSaved: (m: MeetingDto) => void }) {
  useDocumentTitle('New meeting');
  return (
    <Frame back="/meetings" title="New meeting">
      <MeetingForm onSaved={onSaved} />
    </Frame>
  );
}

/** `/meetings/new` and `/meetings/:slug/edit`: hosts record and edit meetings. */
export function MeetingEditorPage() {
  const { slug } = useParams();
  const navigate = useNavigate();
  const { isHost } = useSession();
  const onSaved = (m: MeetingDto) => void navigate(meetingLink(m.slug));
  if (!isHost)
    return (
      <Frame back={slug ? meetingLink(slug) : '/meetings'} title={slug ? 'Edit meeting' : 'New meeting'}>
        <div className="notice notice--info" data-testid="host-required">
          <p className="notice__title">You need host rights to record or edit meetings.</p>
          <p>Members can propose changes to a meeting’s report from the meeting page.</p>
        </div>
      </Frame>
    );
  return slug ? <EditMeeting slug={slug} onSaved={onSaved} /> : <NewMeeting onSaved={onSaved} />;
}
