import type { ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
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

function Frame({ backTo, title, children }: { backTo: string; title: string; children: ReactNode }) {
  const { t } = useTranslation('meetings');
  return (
    <div className="page page--narrow">
      <p className="back-link">
        <Link to={backTo}>{t('editor.back')}</Link>
      </p>
      <header className="page-header">
        <h1>{title}</h1>
      </header>
      {children}
    </div>
  );
}

function EditMeeting({ slug, onSaved }: { slug: string; onSaved: (m: MeetingDto) => void }) {
  const { t } = useTranslation('meetings');
  const query = useQuery({
    queryKey: queryKeys.meeting(slug),
    queryFn: ({ signal }) => getMeeting(slug, signal),
  });
  const title = query.data ? t('editor.editTitle', { title: query.data.title }) : t('editor.edit');
  useDocumentTitle(title);
  const notFound = query.error instanceof ApiError && query.error.status === 404;
  return (
    <Frame backTo={meetingLink(slug)} title={title}>
      {query.isPending && <Loading label={t('editor.loading')} />}
      {notFound && <p>{t('editor.notFound')}</p>}
      {query.isError && !notFound && (
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      )}
      {query.isSuccess && <MeetingForm key={query.data.id} meeting={query.data} onSaved={onSaved} />}
    </Frame>
  );
}

function NewMeeting({ onSaved }: { onSaved: (m: MeetingDto) => void }) {
  const { t } = useTranslation('meetings');
  useDocumentTitle(t('editor.new'));
  return (
    <Frame backTo="/meetings" title={t('editor.new')}>
      <MeetingForm onSaved={onSaved} />
    </Frame>
  );
}

/** `/meetings/new` and `/meetings/:slug/edit`: hosts record and edit meetings. */
export function MeetingEditorPage() {
  const { t } = useTranslation('meetings');
  const { slug } = useParams();
  const navigate = useNavigate();
  const { isHost } = useSession();
  const onSaved = (m: MeetingDto) => void navigate(meetingLink(m.slug));
  if (!isHost)
    return (
      <Frame
        backTo={slug ? meetingLink(slug) : '/meetings'}
        title={slug ? t('editor.edit') : t('editor.new')}
      >
        <div className="notice notice--info" data-testid="host-required">
          <p className="notice__title">{t('editor.hostRequired.title')}</p>
          <p>{t('editor.hostRequired.text')}</p>
        </div>
      </Frame>
    );
  return slug ? <EditMeeting slug={slug} onSaved={onSaved} /> : <NewMeeting onSaved={onSaved} />;
}
